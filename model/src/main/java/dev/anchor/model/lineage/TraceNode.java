package dev.anchor.model.lineage;

import dev.anchor.model.custody.BatchRecall;
import java.math.BigDecimal;

/**
 * One batch reached by a trace or a recall: its id, product, quantities, custodian, where it is packed, the pending
 * recipient and its recall, with its depth from the root.
 *
 * @param batchId     the batch
 * @param custodian   its custodian's MSP ID
 * @param depth       links from the root (0: the root)
 * @param gtin        its GTIN
 * @param packedIn    the SSCC of its unit, or null
 * @param pendingTo   the MSP ID of a pending handoff's recipient, or null
 * @param productName the product's name
 * @param quantity    the quantity produced
 * @param recall      its recall, or null
 * @param remaining   the quantity not yet consumed
 * @param unit        the unit of the quantities
 */
public record TraceNode(String batchId, String custodian, int depth, String gtin, String packedIn, String pendingTo,
        String productName, BigDecimal quantity, BatchRecall recall, BigDecimal remaining, String unit) {
}
