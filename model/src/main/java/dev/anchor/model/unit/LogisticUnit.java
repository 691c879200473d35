package dev.anchor.model.unit;

import dev.anchor.model.custody.PendingHandoff;
import java.time.Instant;
import java.util.List;

/**
 * A logistic unit (a pallet, a case) under {@code unit}+SSCC, and as the unit transactions answer it.
 *
 * @param batches        the ids of the batches packed in it, in id order
 * @param custodian      the MSP ID of the organisation that holds it
 * @param packedAt       the packing transaction's timestamp
 * @param packedBy       the packer's MSP ID
 * @param pendingHandoff the handoff offered and not yet answered, or null
 * @param sscc           its SSCC (18 digits)
 */
public record LogisticUnit(List<String> batches, String custodian, Instant packedAt, String packedBy,
        PendingHandoff pendingHandoff, String sscc) {
}
