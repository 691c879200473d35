package dev.anchor.server.store;

import dev.anchor.client.epcis.CommittedEpcisBlock;
import dev.anchor.server.query.EventPage;
import dev.anchor.server.query.EventQuery;
import dev.anchor.server.query.NamedQuery;
import dev.anchor.server.query.QuerySubscription;
import dev.anchor.server.query.ValuePage;
import dev.anchor.server.query.Vocabulary;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The read side's EPCIS query store: the captured events of the committed blocks applied so far, indexed for the
 * EPCIS 2.0 queries, the projection's checkpoint, and the named queries. An embedded H2 file by default, PostgreSQL
 * for more data ({@link EventStores#open}). It also keeps the webhook subscriptions to named queries and how far each
 * has delivered.
 */
public interface EventStore extends AutoCloseable {
    /** @return the number of the next block to apply: one past the last block applied, 0 for an empty store */
    long nextBlock();

    /**
     * Applies one committed block in one database transaction: its events (each at most once, by event id) and the
     * checkpoint {@code blockNumber + 1}. A block below {@link #nextBlock()} was applied already and changes nothing,
     * so a follower that crashed mid-block can safely deliver it again.
     *
     * @throws IllegalArgumentException for a block past {@link #nextBlock()} (a gap)
     */
    void apply(CommittedEpcisBlock block);

    /** @return the stored event with this event id (its CBV 2.0 hash), if any */
    Optional<StoredEvent> event(String eventId);

    /**
     * One page of the events that match the query, in the query's order.
     *
     * @param pageToken the {@code nextPageToken} of the previous page of the same query, or empty for the first
     * @throws dev.anchor.server.query.InvalidQueryException for a token that the same query did not give out
     * @throws dev.anchor.server.query.QueryTooLargeException when more events match than the query's
     *                                                        {@code maxEventCount} (checked on the first page)
     */
    EventPage query(EventQuery query, int pageSize, Optional<String> pageToken);

    /** One page of the distinct values of a vocabulary (event types, EPCs, business steps, ...), in sorted order. */
    ValuePage values(Vocabulary vocabulary, int pageSize, Optional<String> pageToken);

    /** Saves a named query. @return false when a query of that name exists already (nothing changes) */
    boolean saveQuery(NamedQuery query);

    Optional<NamedQuery> namedQuery(String name);

    /** @return every named query, by name */
    List<NamedQuery> namedQueries();

    /** Deletes a named query and its subscriptions. @return false when no query had that name */
    boolean deleteQuery(String name);

    /**
     * The ids of the events that blocks {@code fromBlock} to {@code toBlock} (both included) committed, in ledger
     * order (block, transaction, write): what a subscription has to consider when it catches up.
     */
    List<String> eventIdsInBlocks(long fromBlock, long toBlock);

    /**
     * Saves a new subscription.
     *
     * @return false when its named query does not exist (any more): nothing is saved
     */
    boolean saveSubscription(QuerySubscription subscription);

    /** @return every subscription, of every named query, by creation time */
    List<QuerySubscription> subscriptions();

    /** @return false when no subscription had that id */
    boolean deleteSubscription(String id);

    /**
     * Moves a subscription's position: it has delivered the matching events of the blocks before {@code nextBlock}.
     *
     * @param notifiedAt when its webhook last answered 2xx, if it did in this delivery
     * @return false when no subscription has that id (it was deleted meanwhile)
     */
    boolean subscriptionDelivered(String id, long nextBlock, Optional<Instant> notifiedAt);

    @Override
    void close();
}
