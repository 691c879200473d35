package dev.anchor.client.custody;

import com.fasterxml.jackson.databind.JsonNode;
import dev.anchor.client.wire.AnchorJson;

import java.time.Instant;
import java.util.Optional;

/**
 * The recall a batch is under.
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
    public static Optional<RecallStatus> fromParent(JsonNode parent) {
        JsonNode r = parent.get("recall");
        if (r == null || !r.isObject()) {
            return Optional.empty();
        }
        return Optional.of(new RecallStatus(AnchorJson.text(r, "recallOf"), AnchorJson.text(r, "reason"),
                AnchorJson.text(r, "recalledBy"), AnchorJson.instant(r, "recalledAt"), AnchorJson.text(r, "txId"),
                AnchorJson.text(r, "acknowledgedBy"), AnchorJson.instant(r, "acknowledgedAt")));
    }
}
