package dev.anchor.client.custody;

import com.fasterxml.jackson.databind.JsonNode;
import dev.anchor.client.wire.AnchorJson;

import java.time.Instant;
import java.util.Optional;

/**
 * A handoff that was initiated and is neither accepted nor rejected yet.
 *
 * @param from          MSP ID of the custodian that initiated it
 * @param to            MSP ID of the recipient, who may accept or reject it
 * @param initiatedAt   timestamp of the initiating transaction (null if unreadable)
 * @param transactionId id of the initiating transaction
 */
public record PendingHandoff(String from, String to, Instant initiatedAt, String transactionId) {
    /** The {@code pendingHandoff} member of a batch or unit, if present. */
    static Optional<PendingHandoff> fromParent(JsonNode parent) {
        JsonNode p = parent.get("pendingHandoff");
        return p == null || !p.isObject()
                ? Optional.empty()
                : Optional.of(new PendingHandoff(AnchorJson.text(p, "from"), AnchorJson.text(p, "to"),
                AnchorJson.instant(p, "initiatedAt"), AnchorJson.text(p, "txId")));
    }
}
