package dev.anchor.server.projection;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchor.client.epcis.CommittedEpcisBlock;
import dev.anchor.client.epcis.CommittedEpcisEvent;
import dev.anchor.server.query.EventPage;
import dev.anchor.server.query.EventQuery;
import dev.anchor.server.query.NamedQuery;
import dev.anchor.server.query.QuerySubscription;
import dev.anchor.server.query.ValuePage;
import dev.anchor.server.query.Vocabulary;
import dev.anchor.server.store.EventStore;
import dev.anchor.server.store.StoredEvent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An {@link EventStore} in memory with the contract the projection relies on: a block is applied whole or not at
 * all, with its checkpoint; a block below the checkpoint changes nothing; a gap is refused; each event id is kept
 * once. It can fail a block's apply once (a crash mid-block: nothing of it stays) and remembers what it applied.
 */
final class InMemoryEventStore implements EventStore {
    private final Map<String, StoredEvent> events = new LinkedHashMap<>();
    private final List<Long> applied = new ArrayList<>();
    private final Set<Long> failing = new HashSet<>();
    private long next;

    /** A store whose checkpoint is {@code next}: as if blocks up to {@code next - 1} were applied. */
    InMemoryEventStore(long next) {
        this.next = next;
    }

    /** The next apply of block {@code blockNumber} fails as if the database went away, changing nothing. */
    synchronized void failOnce(long blockNumber) {
        failing.add(blockNumber);
    }

    /** @return the blocks applied (not those ignored), in order */
    synchronized List<Long> applied() {
        return List.copyOf(applied);
    }

    /** @return the stored events' ids, in the order stored */
    synchronized List<String> eventIds() {
        return List.copyOf(events.keySet());
    }

    @Override
    public synchronized long nextBlock() {
        return next;
    }

    @Override
    public synchronized void apply(CommittedEpcisBlock block) {
        if (failing.remove(block.blockNumber())) {
            throw new IllegalStateException("the database connection broke while applying block " + block.blockNumber());
        }
        if (block.blockNumber() < next) {
            return;
        }
        if (block.blockNumber() > next) {
            throw new IllegalArgumentException("block " + block.blockNumber() + " leaves a gap after block " + (next - 1));
        }
        for (CommittedEpcisEvent e : block.events()) {
            events.putIfAbsent(e.eventId(), stored(e));
        }
        applied.add(block.blockNumber());
        next = block.blockNumber() + 1;
    }

    private static StoredEvent stored(CommittedEpcisEvent e) {
        ObjectNode record = e.record();
        return new StoredEvent(e.eventId(), (ObjectNode) record.get("event"), record.get("context"),
                record.path("capturedBy").asText(), Instant.parse(record.path("capturedAt").asText()),
                e.blockNumber(), e.transactionId());
    }

    @Override
    public synchronized Optional<StoredEvent> event(String eventId) {
        return Optional.ofNullable(events.get(eventId));
    }

    @Override
    public EventPage query(EventQuery query, int pageSize, Optional<String> pageToken) {
        throw new UnsupportedOperationException("queries are not part of this test double");
    }

    @Override
    public ValuePage values(Vocabulary vocabulary, int pageSize, Optional<String> pageToken) {
        throw new UnsupportedOperationException("vocabularies are not part of this test double");
    }

    @Override
    public boolean saveQuery(NamedQuery query) {
        throw new UnsupportedOperationException("named queries are not part of this test double");
    }

    @Override
    public Optional<NamedQuery> namedQuery(String name) {
        throw new UnsupportedOperationException("named queries are not part of this test double");
    }

    @Override
    public List<NamedQuery> namedQueries() {
        throw new UnsupportedOperationException("named queries are not part of this test double");
    }

    @Override
    public boolean deleteQuery(String name) {
        throw new UnsupportedOperationException("named queries are not part of this test double");
    }

    @Override
    public synchronized List<String> eventIdsInBlocks(long fromBlock, long toBlock) {
        return events.values().stream().filter(e -> e.blockNumber() >= fromBlock && e.blockNumber() <= toBlock)
                .map(StoredEvent::eventId).toList();
    }

    @Override
    public boolean saveSubscription(QuerySubscription subscription) {
        throw new UnsupportedOperationException("subscriptions are not part of this test double");
    }

    @Override
    public List<QuerySubscription> subscriptions() {
        throw new UnsupportedOperationException("subscriptions are not part of this test double");
    }

    @Override
    public boolean deleteSubscription(String id) {
        throw new UnsupportedOperationException("subscriptions are not part of this test double");
    }

    @Override
    public boolean subscriptionDelivered(String id, long nextBlock, Optional<Instant> notifiedAt) {
        throw new UnsupportedOperationException("subscriptions are not part of this test double");
    }

    @Override
    public void close() {
    }
}
