package dev.anchor.client.custody;

import dev.anchor.model.custody.PendingHandoff;
import java.util.Optional;

/**
 * What an organisation can hold or be offered: a {@link Batch} or a {@link LogisticUnit}. Inventory and inbox
 * pages list both:
 * <pre>{@code
 * for (Holding h : page.items()) {
 *     if (h instanceof LogisticUnit u) {
 *         System.out.println("unit " + u.sscc() + " with " + u.batchIds().size() + " batches");
 *     } else if (h instanceof Batch b) {
 *         System.out.println("batch " + b.batchId() + " " + b.productName());
 *     }
 * }
 * }</pre>
 */
public sealed interface Holding permits Batch, LogisticUnit {
    /** @return the batch id, or the unit's SSCC */
    String id();

    /** @return MSP ID of the organisation holding it */
    String custodian();

    /** @return the handoff waiting for its recipient, if any */
    Optional<PendingHandoff> pendingHandoff();

    /** @return the object exactly as the ledger answered it */
    String json();
}
