package dev.anchor.chaincode.domain.shared;

import java.time.Instant;
import java.util.Objects;

/**
 * Who submitted a write and in which transaction: the caller's MSP ID from its certificate, the
 * transaction id and the transaction timestamp from the proposal header.
 */
public record Submission(String callerMspId, String txId, Instant timestamp) {

    public Submission {
        Objects.requireNonNull(txId, "txId");
        Objects.requireNonNull(timestamp, "timestamp");
    }
}
