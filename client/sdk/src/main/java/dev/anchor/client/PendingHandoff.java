package dev.anchor.client;

import java.time.Instant;

/**
 * A handoff that was initiated and is neither accepted nor rejected yet.
 *
 * @param from          MSP ID of the custodian that initiated it
 * @param to            MSP ID of the recipient, who may accept or reject it
 * @param initiatedAt   timestamp of the initiating transaction (null if unreadable)
 * @param transactionId id of the initiating transaction
 */
public record PendingHandoff(String from, String to, Instant initiatedAt, String transactionId) {
}
