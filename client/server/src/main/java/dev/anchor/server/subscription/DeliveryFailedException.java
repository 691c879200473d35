package dev.anchor.server.subscription;

/**
 * A delivery did not reach its subscriber: the webhook did not answer 2xx, could not be reached, or the WebSocket is
 * closed. The delivery is tried again (webhooks) or the subscription ends (WebSockets).
 */
public final class DeliveryFailedException extends Exception {
    public DeliveryFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
