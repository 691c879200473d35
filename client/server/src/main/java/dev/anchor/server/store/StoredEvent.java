package dev.anchor.server.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;

/**
 * A captured event as the query store holds it: the event exactly as the ledger recorded it, and what ties it to
 * the ledger (its hash, the block and transaction that committed it).
 *
 * @param eventId       the CBV 2.0 event hash, the ledger key of its record
 * @param event         the event as captured (canonical JSON parsed)
 * @param context       the {@code @context} it was captured with (an array)
 * @param capturedBy    the MSP ID of the capturing organisation
 * @param capturedAt    the capturing transaction's timestamp
 * @param blockNumber   the block that committed it
 * @param transactionId the transaction that wrote it
 */
public record StoredEvent(String eventId, ObjectNode event, JsonNode context, String capturedBy, Instant capturedAt,
                          long blockNumber, String transactionId) {
}
