package dev.anchor.chaincode.domain.custody;

import dev.anchor.chaincode.domain.shared.BatchId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The recall a batch is under: {@code recallOf} is the batch that was recalled (this batch itself, or the ancestor
 * whose recall reached it), with who recalled it, why, when and in which transaction. {@code acknowledgedBy} and
 * {@code acknowledgedAt} are null until the custodian acknowledges it.
 */
public record BatchRecall(BatchId recallOf, String reason, String recalledBy, Instant recalledAt, String txId,
        String acknowledgedBy, Instant acknowledgedAt) {

    public BatchRecall {
        Objects.requireNonNull(recallOf, "recallOf");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(recalledBy, "recalledBy");
        Objects.requireNonNull(recalledAt, "recalledAt");
        Objects.requireNonNull(txId, "txId");
        if ((acknowledgedBy == null) != (acknowledgedAt == null)) {
            throw new IllegalArgumentException("an acknowledgement has both who and when");
        }
    }

    public boolean acknowledged() {
        return acknowledgedBy != null;
    }

    public Optional<Instant> acknowledgement() {
        return Optional.ofNullable(acknowledgedAt);
    }

    public BatchRecall acknowledgedBy(String mspId, Instant at) {
        return new BatchRecall(recallOf, reason, recalledBy, recalledAt, txId, mspId, at);
    }
}
