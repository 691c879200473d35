package dev.anchor.client.lineage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.anchor.client.wire.AnchorJson;

import java.math.BigDecimal;

/**
 * A link of the batch graph: transformation {@code transactionId} consumed {@code quantity} {@code unit} of
 * {@code input} to make {@code output}.
 *
 * @param input         the batch consumed
 * @param output        the batch made
 * @param quantity      how much of the input, in its unit
 * @param unit          the input's unit
 * @param transactionId the transformation's transaction
 */
public record TraceEdge(String input, String output, BigDecimal quantity, String unit, String transactionId) {

    static TraceEdge fromNode(JsonNode n) {
        return new TraceEdge(AnchorJson.text(n, "input"), AnchorJson.text(n, "output"), AnchorJson.decimal(n, "quantity"),
                AnchorJson.text(n, "unit"), AnchorJson.text(n, "txId"));
    }
}
