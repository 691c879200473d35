package dev.anchor.client.request;

import dev.anchor.client.AnchorException;
import dev.anchor.client.ConnectionOptions;
import dev.anchor.model.vocabulary.ErrorCode;

import java.time.Duration;

/**
 * Hears what happens to writes between the call and its result: retries and requests that had already committed.
 * For logs and metrics; called on the thread that makes the write, so keep it quick. Set it with
 * {@link ConnectionOptions.Builder#submitListener}.
 *
 * <pre>{@code
 * AtomicInteger retries = new AtomicInteger();
 * ConnectionOptions options = base.toBuilder().submitListener(new SubmitListener() {
 *     public void retrying(String function, String requestId, int failedAttempt, AnchorException failure,
 *                          Duration pause) {
 *         retries.incrementAndGet();
 *     }
 * }).build();
 * }</pre>
 */
public interface SubmitListener {
    /** Hears nothing. */
    SubmitListener NONE = new SubmitListener() {
    };

    /**
     * An attempt failed in a way that is safe to retry; the next attempt, with the same request id, follows after
     * {@code pause}.
     *
     * @param function      the chaincode function
     * @param requestId     the request id every attempt carries
     * @param failedAttempt which attempt failed, from 1
     * @param failure       why it failed
     * @param pause         how long the client waits before the next attempt
     */
    default void retrying(String function, String requestId, int failedAttempt, AnchorException failure,
                          Duration pause) {
    }

    /**
     * The request had already committed (an earlier attempt whose commit status was lost, or an earlier call, maybe
     * of another client, with the same request id): the peers refused the attempt's transaction id as a duplicate
     * ({@link ErrorCode#DUPLICATE_REQUEST} in Anchor's words), or its commit status was the first transaction's. The
     * call returns the first transaction's result, read from the ledger.
     *
     * @param function           the chaincode function
     * @param requestId          the request id
     * @param firstTransactionId the transaction that committed the request
     */
    default void duplicate(String function, String requestId, String firstTransactionId) {
    }
}
