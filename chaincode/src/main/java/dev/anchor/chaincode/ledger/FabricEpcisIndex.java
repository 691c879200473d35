package dev.anchor.chaincode.ledger;

import dev.anchor.chaincode.domain.BatchId;
import dev.anchor.chaincode.domain.EpcisEntries;
import dev.anchor.chaincode.domain.EpcisEntry;
import dev.anchor.chaincode.domain.EpcisIndex;
import dev.anchor.chaincode.domain.EpcisIndexName;
import dev.anchor.chaincode.domain.EpcisMatcher;
import dev.anchor.chaincode.domain.EpcisRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;
import org.hyperledger.fabric.shim.ledger.QueryResultsIteratorWithMetadata;

/**
 * The EPCIS indexes read with Fabric's paginated partial-composite-key query, whose bookmark is the key a
 * read starts at. An exact value's range is the partial key index+value; a prefix's range is the whole
 * index read from the first key of the prefix and stopped at the first key past it. Fabric allows
 * paginated queries only in evaluated (read-only) transactions.
 */
public final class FabricEpcisIndex implements EpcisIndex {

    private final ChaincodeStub stub;
    private final CanonicalJson json;

    public FabricEpcisIndex(ChaincodeStub stub, CanonicalJson json) {
        this.stub = Objects.requireNonNull(stub, "stub");
        this.json = Objects.requireNonNull(json, "json");
    }

    @Override
    public EpcisEntries read(EpcisIndexName index, EpcisMatcher range, String position, int limit) {
        CompositeKey partialKey = range.prefix() ? LedgerKeys.epcisIndex(index)
                : LedgerKeys.epcisEntriesOf(index, range.value());
        String within = within(index, range);
        String start = position.isEmpty() && range.prefix() ? within : position;
        List<EpcisEntry> entries = new ArrayList<>();
        String next = "";
        try (QueryResultsIteratorWithMetadata<KeyValue> page =
                stub.getStateByPartialCompositeKeyWithPagination(partialKey, limit, start)) {
            boolean passed = false;
            for (KeyValue entry : page) {
                if (!entry.getKey().startsWith(within)) {
                    passed = true;
                    break;
                }
                entries.add(LedgerKeys.epcisEntry(entry.getKey()));
            }
            if (!passed && entries.size() == limit && page.getMetadata() != null) {
                next = page.getMetadata().getBookmark();
            }
        }
        return new EpcisEntries(entries, next.startsWith(within) ? next : "");
    }

    @Override
    public String positionAt(EpcisIndexName index, EpcisMatcher range, Instant time) {
        return LedgerKeys.epcisEntriesFrom(index, range.value(), time);
    }

    @Override
    public boolean holds(EpcisIndexName index, EpcisMatcher range, String position) {
        String within = within(index, range);
        return position.startsWith(within) && position.length() > within.length();
    }

    @Override
    public Optional<EpcisRecord> record(String eventId) {
        byte[] state = stub.getState(LedgerKeys.epcisEvent(eventId));
        return state == null || state.length == 0 ? Optional.empty() : Optional.of(json.decodeEpcisRecord(state));
    }

    /** One range over {@code epcis-batch}+batchId: exactly the batch's events, then one read of each. */
    @Override
    public List<EpcisRecord> eventsOfBatch(BatchId batchId) {
        List<String> eventIds = new ArrayList<>();
        try (QueryResultsIterator<KeyValue> range = stub.getStateByPartialCompositeKey(LedgerKeys.epcisEventsOfBatch(batchId))) {
            for (KeyValue entry : range) {
                eventIds.add(LedgerKeys.epcisEntry(entry.getKey()).eventId());
            }
        }
        List<EpcisRecord> records = new ArrayList<>();
        for (String eventId : eventIds) {
            records.add(record(eventId).orElseThrow(() -> new IllegalStateException("batch link without its event " + eventId)));
        }
        return records;
    }

    /** The text every key of the range starts with. */
    private static String within(EpcisIndexName index, EpcisMatcher range) {
        return range.prefix() ? LedgerKeys.epcisValuesStartingWith(index, range.value())
                : LedgerKeys.epcisEntriesOf(index, range.value()).toString();
    }
}
