package dev.anchor.model.custody;

import java.time.Instant;

/**
 * A handoff offered and not yet answered: {@code {"from":…,"initiatedAt":…,"to":…,"txId":…}}.
 *
 * @param from        the custodian's MSP ID
 * @param initiatedAt the offering transaction's timestamp
 * @param to          the recipient's MSP ID
 * @param txId        the offering transaction
 */
public record PendingHandoff(String from, Instant initiatedAt, String to, String txId) {
}
