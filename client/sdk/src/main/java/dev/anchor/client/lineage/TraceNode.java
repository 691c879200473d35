package dev.anchor.client.lineage;

import dev.anchor.client.custody.RecallStatus;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A batch in a {@link TraceGraph} or {@link RecallReport}, as it is now: the client's view of the wire model's
 * {@link dev.anchor.model.lineage.TraceNode}, with optional members as {@link Optional}.
 *
 * @param batchId     the batch
 * @param depth       links from the trace's root (0 for the root)
 * @param productName its product's name
 * @param gtin        its product's GTIN-14
 * @param quantity    the quantity produced
 * @param remaining   what transformations have not consumed of it
 * @param unit        the unit of both quantities
 * @param custodian   MSP ID of the organisation that holds it now
 * @param pendingTo   MSP ID of the recipient of a pending handoff, if any
 * @param recall      the recall it is under, if any
 * @param packedIn    the SSCC of the logistic unit it is packed in, if any
 */
public record TraceNode(String batchId, int depth, String productName, String gtin, BigDecimal quantity,
                        BigDecimal remaining, String unit, String custodian, Optional<String> pendingTo,
                        Optional<RecallStatus> recall, Optional<String> packedIn) {
    /** Replaces null optionals by {@link Optional#empty()}. */
    public TraceNode {
        pendingTo = Objects.requireNonNullElse(pendingTo, Optional.empty());
        recall = Objects.requireNonNullElse(recall, Optional.empty());
        packedIn = Objects.requireNonNullElse(packedIn, Optional.empty());
    }

    /** The view of the wire model's trace node. */
    public static TraceNode of(dev.anchor.model.lineage.TraceNode n) {
        return new TraceNode(n.batchId(), n.depth(), n.productName(), n.gtin(), n.quantity(), n.remaining(), n.unit(),
                n.custodian(), Optional.ofNullable(n.pendingTo()), Optional.ofNullable(n.recall()).map(RecallStatus::of),
                Optional.ofNullable(n.packedIn()));
    }
}
