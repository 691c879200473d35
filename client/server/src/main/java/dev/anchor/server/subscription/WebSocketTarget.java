package dev.anchor.server.subscription;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A WebSocket subscription's socket: each document is one text message. A message that cannot be sent (the socket
 * closed, the client stopped reading for {@link Webhook#TIMEOUT}) ends the subscription; the client subscribes again
 * with {@code initialRecordTime} to resume.
 */
public final class WebSocketTarget implements DeliveryTarget {
    /** The close code of a subscription the server ended (1001, going away). */
    private static final int GOING_AWAY = 1001;

    private final Session session;

    public WebSocketTarget(Session session) {
        this.session = session;
    }

    @Override
    public void deliver(ObjectNode document) throws DeliveryFailedException {
        Callback.Completable sent = new Callback.Completable();
        session.sendText(document.toString(), sent);
        try {
            sent.get(Webhook.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new DeliveryFailedException("the WebSocket did not take the message: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailedException("sending on the WebSocket was interrupted", e);
        }
    }

    @Override
    public boolean retries() {
        return false;
    }

    @Override
    public void ended(String reason) {
        if (session.isOpen()) {
            // a close reason is at most 123 bytes
            session.close(GOING_AWAY, reason.length() > 120 ? reason.substring(0, 120) : reason, Callback.NOOP);
        }
    }

    @Override
    public String toString() {
        return "WebSocket " + session.getRemoteSocketAddress();
    }
}
