package dev.anchor.server.subscription;

/**
 * A subscription request that cannot be honoured (EPCIS {@code SubscriptionControlsException}): no trigger or two,
 * a bad schedule, a webhook that is no http(s) URL. The message names the control and says what is wrong.
 */
public final class InvalidSubscriptionException extends RuntimeException {
    public InvalidSubscriptionException(String message) {
        super(message);
    }
}
