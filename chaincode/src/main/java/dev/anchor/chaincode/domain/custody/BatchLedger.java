package dev.anchor.chaincode.domain.custody;

import dev.anchor.chaincode.domain.provenance.ProvenanceEvent;
import dev.anchor.chaincode.domain.shared.BatchId;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.chaincode.domain.shared.Refusal;
import java.util.List;
import java.util.Optional;

/** Where batches and their provenance are kept: the world state, seen by the supply chain. */
public interface BatchLedger {

    Optional<Batch> findBatch(BatchId batchId);

    /** The batch, or a {@code BATCH_NOT_FOUND} refusal. */
    default Batch existingBatch(BatchId batchId) {
        return findBatch(batchId)
                .orElseThrow(() -> new Refusal(ErrorCode.BATCH_NOT_FOUND, "batch " + batchId + " does not exist"));
    }

    /** The batch's provenance events, oldest first. */
    List<ProvenanceEvent> provenanceOf(BatchId batchId);

    /** Stores the new batch state and the event that led to it. */
    void store(Batch batch, ProvenanceEvent event);

    /**
     * Stores a new state of the batch that changes no fact its provenance records (the {@code outputsLinked} mark of a
     * captured EPCIS transformation): no event, the same custodian.
     */
    void mark(Batch batch);

    /**
     * How many bytes of keys and values {@link #store} would put in the transaction's write set for this batch and
     * event; a write touching many batches (a recall) checks its size against the orderer's limit before it stores.
     */
    long bytesToStore(Batch batch, ProvenanceEvent event);

    /**
     * Announces the event as the transaction's chaincode event. Fabric keeps one chaincode event per transaction
     * (the last one set), so a transaction that writes several batches announces only its main event.
     */
    void announce(ProvenanceEvent event);

    /**
     * Announces several events of one type, one per batch (a {@code RecordProductions}), together as the transaction's
     * chaincode event: its name their type, its payload {@code {"events":[…]}}, in the order given.
     */
    void announceAll(List<ProvenanceEvent> events);

    /** Stores the new batch state and the event that led to it, and announces the event. */
    default void record(Batch batch, ProvenanceEvent event) {
        store(batch, event);
        announce(event);
    }
}
