package dev.anchor.model.custody;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A batch as the ledger holds it under {@code batch}+id, and as the writes on it and {@code GetBatch} answer it.
 * Optional members are null (absent in JSON); {@code inputsLinked} and {@code outputsLinked} are {@code true} or
 * absent.
 *
 * @param batchId        the batch id
 * @param custodian      the MSP ID of the organisation that holds it
 * @param eventCount     how many provenance events it has
 * @param gtin           its GTIN-14
 * @param inputsLinked   true once it was made from inputs (it has lineage links back)
 * @param lastEventHash  the hash of its newest provenance event
 * @param outputsLinked  true once it was consumed into an output (it has lineage links forward)
 * @param packedIn       the SSCC of the logistic unit it is packed in, or null
 * @param pendingHandoff the handoff offered and not yet answered, or null
 * @param producedAt     the producing transaction's timestamp
 * @param producer       the producer's MSP ID
 * @param productName    the product's name
 * @param quantity       the quantity produced
 * @param recall         its recall, or null
 * @param remaining      the quantity not yet consumed by transformations
 * @param site           where it was produced
 * @param unit           the unit of {@code quantity}
 */
public record Batch(String batchId, String custodian, int eventCount, String gtin, Boolean inputsLinked,
        String lastEventHash, Boolean outputsLinked, String packedIn, PendingHandoff pendingHandoff, Instant producedAt,
        String producer, String productName, BigDecimal quantity, BatchRecall recall, BigDecimal remaining, String site,
        String unit) {
}
