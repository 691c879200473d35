package dev.anchor.client;

import dev.anchor.model.vocabulary.ErrorCode;
import java.util.Objects;
import java.util.Optional;

/**
 * Base of every exception the Anchor client throws. Unchecked.
 *
 * <p>{@link #getMessage()} is a human sentence without gRPC noise; {@link #errorCode()} says what kind of
 * failure it is, and {@link #transactionId()} names the transaction when one had been created.
 *
 * @see TransactionRefusedException
 * @see CommitFailedException
 * @see NetworkUnavailableException
 */
public class AnchorException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode errorCode;
    private final String transactionId;

    /**
     * @param errorCode     what kind of failure
     * @param message       a human sentence
     * @param transactionId the transaction concerned, or null
     * @param cause         the underlying exception, or null
     */
    public AnchorException(ErrorCode errorCode, String message, String transactionId, Throwable cause) {
        super(message, cause);
        this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
        this.transactionId = transactionId;
    }

    /** Convenience constructor without transaction and cause. */
    public AnchorException(ErrorCode errorCode, String message) {
        this(errorCode, message, null, null);
    }

    /** @return what kind of failure this is */
    public ErrorCode errorCode() {
        return errorCode;
    }

    /** @return the id of the transaction concerned, when one had been created before the failure */
    public Optional<String> transactionId() {
        return Optional.ofNullable(transactionId);
    }
}
