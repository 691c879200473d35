package dev.anchor.server.subscription;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Where a subscription's EPCISQueryDocuments go: a webhook ({@link Webhook}) or an open WebSocket. */
public interface DeliveryTarget {
    /**
     * Delivers one document; returns once the subscriber has it (a webhook answered 2xx, a WebSocket sent it).
     *
     * @throws DeliveryFailedException when it did not get there
     */
    void deliver(ObjectNode document) throws DeliveryFailedException;

    /** @return whether a failed delivery is tried again (a webhook) rather than ending the subscription */
    boolean retries();

    /** The subscription ended on the server's side (its query was deleted, the server stops): say so, if it can. */
    default void ended(String reason) {
    }
}
