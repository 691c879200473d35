package dev.anchor.chaincode.ledger;

import dev.anchor.chaincode.domain.evidence.Evidence;
import dev.anchor.chaincode.domain.shared.BatchId;
import dev.anchor.chaincode.domain.shared.Sha256;
import dev.anchor.model.json.CanonicalForm;

/** Evidence on the wire: an attached document's record. */
public final class EvidenceJson {

    private EvidenceJson() {
    }

    public static byte[] encodeEvidence(Evidence evidence) {
        return CanonicalForm.write(new dev.anchor.model.evidence.Evidence(evidence.attachedAt(), evidence.attachedBy(),
                evidence.batchId().value(), evidence.mediaType(), evidence.sha256().value(), evidence.size(),
                evidence.txId(), evidence.uri()));
    }

    public static Evidence decodeEvidence(byte[] json) {
        dev.anchor.model.evidence.Evidence wire = CanonicalForm.read(json, dev.anchor.model.evidence.Evidence.class);
        return new Evidence(new BatchId(wire.batchId()), new Sha256(wire.sha256()), wire.mediaType(), wire.size(),
                wire.uri(), wire.attachedBy(), wire.attachedAt(), wire.txId());
    }
}
