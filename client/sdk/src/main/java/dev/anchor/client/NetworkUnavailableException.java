package dev.anchor.client;

import dev.anchor.model.vocabulary.ErrorCode;

/**
 * The peer could not be reached or did not answer in time; its {@link #errorCode()} is
 * {@link ErrorCode#UNAVAILABLE}. When it happens while waiting for the commit status, the transaction
 * id is known and the transaction may still commit: read the batch to find out.
 */
public class NetworkUnavailableException extends AnchorException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message       a human sentence naming the peer
     * @param transactionId the transaction concerned, or null
     * @param cause         the underlying exception, or null
     */
    public NetworkUnavailableException(String message, String transactionId, Throwable cause) {
        super(ErrorCode.UNAVAILABLE, message, transactionId, cause);
    }
}
