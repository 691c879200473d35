package dev.anchor.client.lineage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.anchor.client.custody.RecallStatus;
import dev.anchor.client.wire.AnchorJson;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A batch in a {@link TraceGraph} or {@link RecallReport}, as it is now.
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

    static TraceNode fromNode(JsonNode n) {
        return new TraceNode(AnchorJson.text(n, "batchId"), (int) AnchorJson.integer(n, "depth", 0),
                AnchorJson.text(n, "productName"), AnchorJson.text(n, "gtin"), AnchorJson.decimal(n, "quantity"),
                AnchorJson.decimal(n, "remaining"), AnchorJson.text(n, "unit"), AnchorJson.text(n, "custodian"),
                Optional.ofNullable(AnchorJson.text(n, "pendingTo")), RecallStatus.fromParent(n),
                Optional.ofNullable(AnchorJson.text(n, "packedIn")));
    }
}
