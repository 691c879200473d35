package dev.anchor.chaincode.ledger;

import dev.anchor.chaincode.domain.custody.BatchStep;
import dev.anchor.model.vocabulary.EventType;
import dev.anchor.chaincode.domain.provenance.ProvenanceEvent;
import dev.anchor.chaincode.domain.shared.Sscc;
import dev.anchor.chaincode.domain.unit.LogisticUnit;
import dev.anchor.chaincode.domain.unit.UnitLedger;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * Logistic units in the world state. A transaction on a unit writes every batch it touches through the
 * transaction's {@link FabricBatchLedger} and emits one chaincode event for all of them (Fabric keeps
 * one event per transaction).
 */
public final class FabricUnitLedger implements UnitLedger {

    private final ChaincodeStub stub;
    private final FabricBatchLedger batches;
    private final CustodyIndexes indexes;

    public FabricUnitLedger(ChaincodeStub stub, FabricBatchLedger batches) {
        this.stub = Objects.requireNonNull(stub, "stub");
        this.batches = Objects.requireNonNull(batches, "batches");
        this.indexes = new CustodyIndexes(stub);
    }

    @Override
    public Optional<LogisticUnit> findUnit(Sscc sscc) {
        byte[] state = stub.getState(LedgerKeys.unit(sscc));
        return state == null || state.length == 0 ? Optional.empty() : Optional.of(UnitJson.decodeUnit(state));
    }

    @Override
    public void record(Sscc sscc, LogisticUnit unit, EventType type, List<BatchStep> steps) {
        LogisticUnit before = findUnit(sscc).orElse(null);
        for (BatchStep step : steps) {
            batches.store(step.batch(), step.event());
        }
        if (unit == null) {
            stub.delState(LedgerKeys.unit(sscc));
        } else {
            stub.putState(LedgerKeys.unit(sscc), UnitJson.encodeUnit(unit));
        }
        indexes.unitChanged(before, unit);
        List<ProvenanceEvent> events = steps.stream().map(BatchStep::event).toList();
        stub.setEvent(type.name(), UnitJson.encodeUnitEvents(sscc, events));
    }
}
