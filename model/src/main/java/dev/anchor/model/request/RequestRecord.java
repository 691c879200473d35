package dev.anchor.model.request;

import java.time.Instant;

/**
 * The record of a write made under a client's request id, under {@code request}+MSP ID+request id, and the answer of
 * {@code GetRequest}.
 *
 * @param fingerprint the SHA-256 of the request's function and arguments
 * @param function    the transaction's function
 * @param requestId   the client's request id
 * @param result      the first transaction's answer, as text
 * @param timestamp   that transaction's timestamp
 * @param txId        that transaction
 */
public record RequestRecord(String fingerprint, String function, String requestId, String result, Instant timestamp,
        String txId) {
}
