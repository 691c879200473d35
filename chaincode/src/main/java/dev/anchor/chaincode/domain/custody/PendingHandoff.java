package dev.anchor.chaincode.domain.custody;

import java.time.Instant;
import java.util.Objects;

/** A handoff the sender has initiated and the recipient has not yet accepted or rejected. */
public record PendingHandoff(String from, Instant initiatedAt, String to, String txId) {

    public PendingHandoff {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(initiatedAt, "initiatedAt");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(txId, "txId");
    }
}
