package dev.anchor.chaincode.ledger;

import dev.anchor.chaincode.domain.provenance.ProvenanceEvent;
import dev.anchor.chaincode.domain.shared.BatchId;
import dev.anchor.chaincode.domain.shared.Sscc;
import dev.anchor.chaincode.domain.unit.LogisticUnit;
import dev.anchor.model.json.CanonicalForm;
import dev.anchor.model.unit.UnitEvents;
import java.util.List;

/** Logistic units on the wire: a unit as stored and answered, and the chaincode event of a unit's transaction. */
public final class UnitJson {

    private UnitJson() {
    }

    public static byte[] encodeUnit(LogisticUnit unit) {
        return CanonicalForm.write(wire(unit));
    }

    public static LogisticUnit decodeUnit(byte[] json) {
        dev.anchor.model.unit.LogisticUnit wire = CanonicalForm.read(json, dev.anchor.model.unit.LogisticUnit.class);
        return new LogisticUnit(new Sscc(wire.sscc()), wire.batches().stream().map(BatchId::new).toList(),
                wire.custodian(), wire.packedAt(), wire.packedBy(), CustodyJson.domain(wire.pendingHandoff()));
    }

    /** The chaincode event of a transaction on a unit: the provenance events it appended, as stored. */
    public static byte[] encodeUnitEvents(Sscc sscc, List<ProvenanceEvent> events) {
        return CanonicalForm.write(new UnitEvents(events.stream().map(ProvenanceJson::wire).toList(), sscc.value()));
    }

    static dev.anchor.model.unit.LogisticUnit wire(LogisticUnit unit) {
        return new dev.anchor.model.unit.LogisticUnit(unit.batches().stream().map(BatchId::value).toList(),
                unit.custodian(), unit.packedAt(), unit.packedBy(), unit.pending().map(CustodyJson::wire).orElse(null),
                unit.sscc().value());
    }
}
