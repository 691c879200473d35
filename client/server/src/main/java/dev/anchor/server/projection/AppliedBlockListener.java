package dev.anchor.server.projection;

import dev.anchor.client.epcis.CommittedEpcisBlock;

/**
 * Told by the {@link Projection} after each block it applied to the store: the block's events are in the store (and
 * queryable) when it is called. It runs on the projection's thread, so it should only hand the news on (query
 * subscriptions wake their deliveries); what it throws is logged and does not stop the projection.
 */
@FunctionalInterface
public interface AppliedBlockListener {
    /** @param block the block just applied, with the events it committed */
    void applied(CommittedEpcisBlock block);
}
