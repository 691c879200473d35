package dev.anchor.chaincode.domain.provenance;

import dev.anchor.chaincode.domain.shared.BatchId;
import dev.anchor.model.vocabulary.EventType;
import java.time.Instant;
import java.util.Objects;

/**
 * One link of a batch's provenance. {@code hash} is null only while the event is being sealed
 * (see {@code domain.custody.HashChain}); every event on the ledger carries it.
 */
public record ProvenanceEvent(
        String actor,
        BatchId batchId,
        EventDetails details,
        String hash,
        String previousHash,
        int seq,
        Instant timestamp,
        String txId,
        EventType type) {

    public ProvenanceEvent {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(batchId, "batchId");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(txId, "txId");
        Objects.requireNonNull(type, "type");
        if (seq < 1) {
            throw new IllegalArgumentException("seq starts at 1");
        }
    }

    /** The same event carrying the given hash. */
    public ProvenanceEvent withHash(String newHash) {
        return new ProvenanceEvent(actor, batchId, details, newHash, previousHash, seq, timestamp, txId, type);
    }
}
