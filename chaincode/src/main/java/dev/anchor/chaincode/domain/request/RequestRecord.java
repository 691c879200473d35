package dev.anchor.chaincode.domain.request;

import dev.anchor.chaincode.domain.shared.Sha256;
import java.time.Instant;
import java.util.Objects;

/**
 * The first committed transaction of a request id: which function it called, the fingerprint of its function and
 * arguments (SHA-256 over each, length-prefixed), its transaction id and timestamp, and its answer exactly as it was given.
 */
public record RequestRecord(RequestId requestId, String function, Sha256 fingerprint, String txId, Instant timestamp,
        String result) {

    public RequestRecord {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(txId, "txId");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(result, "result");
    }
}
