package dev.anchor.chaincode.ledger;

import dev.anchor.chaincode.domain.epcis.EpcisRecord;
import dev.anchor.chaincode.domain.epcis.EpcisRecords;
import dev.anchor.chaincode.domain.epcis.EpcisScan;
import dev.anchor.chaincode.domain.shared.BatchId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;
import org.hyperledger.fabric.shim.ledger.QueryResultsIteratorWithMetadata;

/**
 * The captured EPCIS events' records read with Fabric's paginated partial-composite-key query over {@code epcis},
 * whose range holds the records and nothing else (an index entry's key, {@code epcis-batch} or an earlier version's
 * {@code epcis-time} and the like, begins with another object type). The bookmark is the key a read starts at, so a
 * position is a record's key. Fabric allows paginated queries only in evaluated (read-only) transactions.
 */
public final class FabricEpcisRecords implements EpcisRecords {

    private final ChaincodeStub stub;

    public FabricEpcisRecords(ChaincodeStub stub) {
        this.stub = Objects.requireNonNull(stub, "stub");
    }

    @Override
    public EpcisScan read(String position, int limit) {
        List<EpcisRecord> records = new ArrayList<>();
        String next = "";
        try (QueryResultsIteratorWithMetadata<KeyValue> page =
                stub.getStateByPartialCompositeKeyWithPagination(LedgerKeys.epcisEvents(), limit, position)) {
            for (KeyValue entry : page) {
                records.add(EpcisQueryJson.decodeEpcisRecord(entry.getValue()));
            }
            if (records.size() == limit && page.getMetadata() != null) {
                next = page.getMetadata().getBookmark();
            }
        }
        return new EpcisScan(records, holds(next) ? next : "");
    }

    @Override
    public boolean holds(String position) {
        String within = LedgerKeys.epcisEvents().toString();
        return position.startsWith(within) && position.length() > within.length();
    }

    /** One range over {@code epcis-batch}+batchId: exactly the batch's events, then one read of each. */
    @Override
    public List<EpcisRecord> eventsOfBatch(BatchId batchId) {
        List<String> eventIds = new ArrayList<>();
        try (QueryResultsIterator<KeyValue> range = stub.getStateByPartialCompositeKey(LedgerKeys.epcisEventsOfBatch(batchId))) {
            for (KeyValue entry : range) {
                eventIds.add(LedgerKeys.epcisLinkedEvent(entry.getKey()));
            }
        }
        List<EpcisRecord> records = new ArrayList<>();
        for (String eventId : eventIds) {
            byte[] state = stub.getState(LedgerKeys.epcisEvent(eventId));
            if (state == null || state.length == 0) {
                throw new IllegalStateException("batch link without its event " + eventId);
            }
            records.add(EpcisQueryJson.decodeEpcisRecord(state));
        }
        return records;
    }
}
