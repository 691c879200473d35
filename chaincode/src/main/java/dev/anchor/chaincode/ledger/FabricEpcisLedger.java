package dev.anchor.chaincode.ledger;

import dev.anchor.chaincode.domain.epcis.EpcisCaptured;
import dev.anchor.chaincode.domain.epcis.EpcisLedger;
import dev.anchor.chaincode.domain.shared.BatchId;
import java.time.Instant;
import java.util.Objects;
import org.hyperledger.fabric.shim.ChaincodeStub;

/**
 * Captured EPCIS events in the world state: the record under {@code epcis}+eventId (one read tells whether an
 * event is already there) and one link entry, value one byte {@code 0x00}, per Anchor batch the event names. No
 * query index: the read side keeps those.
 */
public final class FabricEpcisLedger implements EpcisLedger {

    private static final byte[] LINK = {0};

    private final ChaincodeStub stub;

    public FabricEpcisLedger(ChaincodeStub stub) {
        this.stub = Objects.requireNonNull(stub, "stub");
    }

    @Override
    public boolean holds(String eventId) {
        byte[] state = stub.getState(LedgerKeys.epcisEvent(eventId));
        return state != null && state.length > 0;
    }

    @Override
    public void record(EpcisCaptured captured) {
        String eventId = captured.event().eventId();
        Instant time = captured.facts().time();
        stub.putState(LedgerKeys.epcisEvent(eventId), EpcisCaptureJson.encodeEpcisRecord(captured));
        for (String batchId : captured.batchIds()) {
            stub.putState(LedgerKeys.epcisBatchLink(new BatchId(batchId), time, eventId), LINK.clone());
        }
    }
}
