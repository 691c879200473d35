package dev.anchor.chaincode.ledger;

import dev.anchor.chaincode.domain.request.RequestId;
import dev.anchor.chaincode.domain.request.RequestRecord;
import dev.anchor.chaincode.domain.shared.Sha256;
import dev.anchor.model.json.CanonicalForm;

/** Requests on the wire: the record of a write made under a request id (also the answer of GetRequest). */
public final class RequestJson {

    private RequestJson() {
    }

    public static byte[] encodeRequest(RequestRecord record) {
        return CanonicalForm.write(new dev.anchor.model.request.RequestRecord(record.fingerprint().value(),
                record.function(), record.requestId().value(), record.result(), record.timestamp(), record.txId()));
    }

    public static RequestRecord decodeRequest(byte[] json) {
        dev.anchor.model.request.RequestRecord wire =
                CanonicalForm.read(json, dev.anchor.model.request.RequestRecord.class);
        return new RequestRecord(new RequestId(wire.requestId()), wire.function(), new Sha256(wire.fingerprint()),
                wire.txId(), wire.timestamp(), wire.result());
    }
}
