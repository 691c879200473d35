package dev.anchor.chaincode.ledger;

import dev.anchor.chaincode.domain.custody.Batch;
import dev.anchor.chaincode.domain.custody.BatchLedger;
import dev.anchor.chaincode.domain.lineage.BatchLink;
import dev.anchor.chaincode.domain.provenance.ProvenanceEvent;
import dev.anchor.chaincode.domain.shared.BatchId;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
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
 * custody indexes from the state before without reading it again, and the batches it wrote, so that the copies of
 * their states under their inputs stay current ({@link OutputStateCopies}).
 */
public final class FabricBatchLedger implements BatchLedger {

    private final ChaincodeStub stub;
    private final CustodyIndexes indexes;
    private final OutputStateCopies copies;
    /** Each event stored in this transaction, as stored: the chaincode event carries the same bytes. */
    private final Map<ProvenanceEvent, byte[]> storedEvents = new IdentityHashMap<>();
    /** The committed state of each batch read (or found missing) in this transaction. */
    private final Map<BatchId, Optional<Batch>> read = new HashMap<>();

    public FabricBatchLedger(ChaincodeStub stub) {
        this.stub = Objects.requireNonNull(stub, "stub");
        this.indexes = new CustodyIndexes(stub);
        this.copies = new OutputStateCopies(stub);
    }

    @Override
    public Optional<Batch> findBatch(BatchId batchId) {
        return read.computeIfAbsent(batchId, id -> {
            byte[] state = stub.getState(LedgerKeys.batch(id));
            return state == null || state.length == 0 ? Optional.empty() : Optional.of(CustodyJson.decodeBatch(state));
        });
    }

    /** One partial-key range over {@code event}+batchId: exactly this batch's events, in seq order. */
    @Override
    public List<ProvenanceEvent> provenanceOf(BatchId batchId) {
        List<ProvenanceEvent> events = new ArrayList<>();
        try (QueryResultsIterator<KeyValue> range = stub.getStateByPartialCompositeKey(LedgerKeys.eventsOf(batchId))) {
            for (KeyValue entry : range) {
                events.add(ProvenanceJson.decodeEvent(entry.getValue()));
            }
        }
        return events;
    }

    /** Puts the event and the batch, and the batch's state under each of its inputs if it was made from others. */
    @Override
    public void store(Batch batch, ProvenanceEvent event) {
        Batch before = findBatch(batch.batchId()).orElse(null);
        byte[] eventJson = ProvenanceJson.encodeEvent(event);
        storedEvents.put(event, eventJson);
        stub.putState(LedgerKeys.event(event.batchId(), event.seq()), eventJson);
        stub.putState(LedgerKeys.batch(batch.batchId()), CustodyJson.encodeBatch(batch));
        indexes.batchChanged(before, batch);
        copies.written(before, batch);
    }

    /**
     * Puts the batch (and its state under each of its inputs if it was made from others); its custody, and so its
     * index entries, are unchanged.
     */
    @Override
    public void mark(Batch batch) {
        Batch before = findBatch(batch.batchId()).orElseThrow(() -> new IllegalStateException("no batch " + batch.batchId()));
        if (!before.custodian().equals(batch.custodian())) {
            throw new IllegalStateException("a mark does not change the custodian of " + batch.batchId());
        }
        stub.putState(LedgerKeys.batch(batch.batchId()), CustodyJson.encodeBatch(batch));
        copies.written(before, batch);
    }

    /**
     * The batch's state as this transaction last wrote it, else as committed: what a link's entry under its input
     * copies when the link is written.
     */
    Optional<Batch> current(BatchId batchId) {
        Optional<Batch> written = copies.state(batchId);
        return written.isPresent() ? written : findBatch(batchId);
    }

    /** Tells the copies that this transaction wrote a link, so that a later write of its output updates its entry. */
    void linked(BatchLink link) {
        copies.linked(link);
    }

    /**
     * The event's and the batch's keys and canonical JSON, and the entries under its inputs that carry its state, as
     * {@link #store} writes them (UTF-8 bytes).
     */
    @Override
    public long bytesToStore(Batch batch, ProvenanceEvent event) {
        return utf8Length(LedgerKeys.event(event.batchId(), event.seq())) + ProvenanceJson.encodeEvent(event).length
                + utf8Length(LedgerKeys.batch(batch.batchId())) + CustodyJson.encodeBatch(batch).length
                + copies.bytesToWrite(findBatch(batch.batchId()).orElse(null), batch);
    }

    private static int utf8Length(String key) {
        return key.getBytes(StandardCharsets.UTF_8).length;
    }

    /** Emits the events as one chaincode event named by the type of the first. */
    @Override
    public void announceAll(List<ProvenanceEvent> events) {
        stub.setEvent(events.get(0).type().name(), events.stream().allMatch(storedEvents::containsKey)
                ? ProvenanceJson.announcedEventsOf(events.stream().map(storedEvents::get).toList())
                : ProvenanceJson.encodeAnnouncedEvents(events));
    }

    /** Emits the event: the chaincode event carries the same bytes as stored. */
    @Override
    public void announce(ProvenanceEvent event) {
        byte[] stored = storedEvents.get(event);
        stub.setEvent(event.type().name(), stored != null ? stored : ProvenanceJson.encodeEvent(event));
    }
}
