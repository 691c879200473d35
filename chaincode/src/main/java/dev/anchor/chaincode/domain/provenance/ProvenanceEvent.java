package dev.anchor.chaincode.domain.provenance;

import dev.anchor.chaincode.domain.shared.BatchId;
import dev.anchor.chaincode.domain.shared.Submission;
import dev.anchor.model.vocabulary.EventType;
import java.time.Instant;
import java.util.Objects;

/**
 * One link of a batch's provenance. {@code hash} is null only while the event is being sealed
 * (see {@code domain.custody.HashChain}); every event on the ledger carries it. {@code actor} is the MSP ID of the
 * organisation that acted, {@code actorSubject} the subject of its certificate (RFC 2253), null for events recorded
 * before Anchor recorded it (and left out of their canonical form, so that their hashes stay as they were).
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
        EventType type,
        String actorSubject) {

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

    /** A new event, not yet sealed, made by the submission: its organisation and subject, its time and transaction. */
    public static ProvenanceEvent unsealed(Submission submission, BatchId batchId, EventType type,
            EventDetails details, String previousHash, int seq) {
        return new ProvenanceEvent(submission.callerMspId(), batchId, details, null, previousHash, seq,
                submission.timestamp(), submission.txId(), type, submission.callerSubject());
    }

    /** The same event carrying the given hash. */
    public ProvenanceEvent withHash(String newHash) {
        return new ProvenanceEvent(actor, batchId, details, newHash, previousHash, seq, timestamp, txId, type,
                actorSubject);
    }
}
