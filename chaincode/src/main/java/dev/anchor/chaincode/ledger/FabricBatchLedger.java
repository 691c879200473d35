package dev.anchor.chaincode.ledger;

import dev.anchor.chaincode.domain.Batch;
import dev.anchor.chaincode.domain.BatchId;
import dev.anchor.chaincode.domain.BatchLedger;
import dev.anchor.chaincode.domain.ProvenanceEvent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIterator;

/**
 * The world state of the channel, reached through the transaction's {@link ChaincodeStub}. One
 * instance serves one transaction: it remembers the batches it read, so that a write can update the
 * custody indexes from the state before without reading it again.
 */
public final class FabricBatchLedger implements BatchLedger {

    private final ChaincodeStub stub;
    private final CanonicalJson json;
    private final CustodyIndexes indexes;
    /** The committed state of each batch read (or found missing) in this transaction. */
    private final Map<BatchId, Optional<Batch>> read = new HashMap<>();

    public FabricBatchLedger(ChaincodeStub stub, CanonicalJson json) {
        this.stub = Objects.requireNonNull(stub, "stub");
        this.json = Objects.requireNonNull(json, "json");
        this.indexes = new CustodyIndexes(stub);
    }

    @Override
    public Optional<Batch> findBatch(BatchId batchId) {
        return read.computeIfAbsent(batchId, id -> {
            byte[] state = stub.getState(LedgerKeys.batch(id));
            return state == null || state.length == 0 ? Optional.empty() : Optional.of(json.decodeBatch(state));
        });
    }

    /** One partial-key range over {@code event}+batchId: exactly this batch's events, in seq order. */
    @Override
    public List<ProvenanceEvent> provenanceOf(BatchId batchId) {
        List<ProvenanceEvent> events = new ArrayList<>();
        try (QueryResultsIterator<KeyValue> range = stub.getStateByPartialCompositeKey(LedgerKeys.eventsOf(batchId))) {
            for (KeyValue entry : range) {
                events.add(json.decodeEvent(entry.getValue()));
            }
        }
        return events;
    }

    /** Puts the event and the batch. */
    @Override
    public void store(Batch batch, ProvenanceEvent event) {
        Batch before = findBatch(batch.batchId()).orElse(null);
        stub.putState(LedgerKeys.event(event.batchId(), event.seq()), json.encodeEvent(event));
        stub.putState(LedgerKeys.batch(batch.batchId()), json.encodeBatch(batch));
        indexes.batchChanged(before, batch);
    }

    /** Puts the batch alone; its custody, and so its index entries, are unchanged. */
    @Override
    public void mark(Batch batch) {
        Batch before = findBatch(batch.batchId()).orElseThrow(() -> new IllegalStateException("no batch " + batch.batchId()));
        if (!before.custodian().equals(batch.custodian())) {
            throw new IllegalStateException("a mark does not change the custodian of " + batch.batchId());
        }
        stub.putState(LedgerKeys.batch(batch.batchId()), json.encodeBatch(batch));
    }

    /** The event's and the batch's keys and canonical JSON, as {@link #store} writes them (UTF-8 bytes). */
    @Override
    public long bytesToStore(Batch batch, ProvenanceEvent event) {
        return utf8Length(LedgerKeys.event(event.batchId(), event.seq())) + json.encodeEvent(event).length
                + utf8Length(LedgerKeys.batch(batch.batchId())) + json.encodeBatch(batch).length;
    }

    private static int utf8Length(String key) {
        return key.getBytes(StandardCharsets.UTF_8).length;
    }

    /** Emits the event: the chaincode event carries the same bytes as stored. */
    @Override
    public void announce(ProvenanceEvent event) {
        stub.setEvent(event.type().name(), json.encodeEvent(event));
    }
}
