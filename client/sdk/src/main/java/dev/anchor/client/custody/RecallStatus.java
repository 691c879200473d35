package dev.anchor.client.custody;

import dev.anchor.model.custody.BatchRecall;

import java.time.Instant;
import java.util.Optional;

/**
 * The recall a batch is under: the client's view of the wire model's {@link BatchRecall}, with the transaction named
 * {@code transactionId} as everywhere in the SDK and {@link #acknowledged()}.
 *
 * @param recallOf       the batch that was recalled: this one, or the ancestor whose recall reached it
 * @param reason         why
 * @param recalledBy     MSP ID of the organisation that recalled it (its producer or the auditor)
 * @param recalledAt     timestamp of the recall transaction
 * @param transactionId  id of the recall transaction
 * @param acknowledgedBy MSP ID of the custodian that acknowledged it, null until acknowledged
 * @param acknowledgedAt timestamp of the acknowledgement, null until acknowledged
 */
public record RecallStatus(String recallOf, String reason, String recalledBy, Instant recalledAt,
                           String transactionId, String acknowledgedBy, Instant acknowledgedAt) {

    /** @return whether the custodian acknowledged the recall */
    public boolean acknowledged() {
        return acknowledgedBy != null;
    }

    /** The {@code recall} member of a batch or trace node, if present. */
    /** The view of the wire model's recall of a batch. */
    public static RecallStatus of(BatchRecall recall) {
        return new RecallStatus(recall.recallOf(), recall.reason(), recall.recalledBy(), recall.recalledAt(),
                recall.txId(), recall.acknowledgedBy(), recall.acknowledgedAt());
    }
}
