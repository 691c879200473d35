package dev.anchor.model.custody;

import java.time.Instant;

/**
 * A batch's recall, as its member {@code recall}: the recall of {@code recallOf} (the batch itself, or an ancestor
 * whose recall reached it), and its acknowledgement by the custodian once made.
 *
 * @param recallOf       the batch whose recall this is
 * @param reason         why, as the recaller wrote it
 * @param recalledBy     the recaller's MSP ID
 * @param recalledAt     the recall transaction's timestamp
 * @param txId           the recall transaction
 * @param acknowledgedBy the acknowledging custodian's MSP ID, null until acknowledged
 * @param acknowledgedAt the acknowledgement's timestamp, null until acknowledged
 */
public record BatchRecall(String recallOf, String reason, String recalledBy, Instant recalledAt, String txId,
        String acknowledgedBy, Instant acknowledgedAt) {
}
