package dev.anchor.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.anchor.client.epcis.CommittedEpcisBlock;
import dev.anchor.server.query.EventPage;
import dev.anchor.server.query.EventQuery;
import dev.anchor.server.query.InvalidQueryException;
import dev.anchor.server.query.NamedQuery;
import dev.anchor.server.query.QuerySubscription;
import dev.anchor.server.query.ValuePage;
import dev.anchor.server.query.Vocabulary;
import dev.anchor.server.store.EventStore;
import dev.anchor.server.store.StoredEvent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A query store in memory for the HTTP tests: events in insertion order (the store's next block is one past the
 * highest block of its events), a few filters (those the vocabulary routes use, and EQ_eventID), page tokens that are
 * positions ("at:N"), the named queries and their subscriptions.
 */
final class InMemoryEventStore implements EventStore {
    private static final Map<String, Function<JsonNode, List<String>>> FILTERS = Map.of(
            "eventType", e -> List.of(e.path("type").asText()),
            "EQ_bizStep", e -> List.of(e.path("bizStep").asText()),
            "EQ_disposition", e -> List.of(e.path("disposition").asText()),
            "EQ_readPoint", e -> List.of(e.path("readPoint").path("id").asText()),
            "EQ_bizLocation", e -> List.of(e.path("bizLocation").path("id").asText()),
            "MATCH_anyEPC", InMemoryEventStore::epcs);
    private static final Map<Vocabulary, Function<JsonNode, List<String>>> VALUES = Map.of(
            Vocabulary.EVENT_TYPES, FILTERS.get("eventType"),
            Vocabulary.BIZ_STEPS, FILTERS.get("EQ_bizStep"),
            Vocabulary.DISPOSITIONS, FILTERS.get("EQ_disposition"),
            Vocabulary.READ_POINTS, FILTERS.get("EQ_readPoint"),
            Vocabulary.BIZ_LOCATIONS, FILTERS.get("EQ_bizLocation"),
            Vocabulary.EPCS, InMemoryEventStore::epcs);

    private final List<StoredEvent> events = new ArrayList<>();
    private final Map<String, NamedQuery> queries = new TreeMap<>();
    private final Map<String, QuerySubscription> subscriptions = new LinkedHashMap<>();
    /** The queries asked, for the tests to check what the HTTP layer passed on. */
    final List<EventQuery> asked = new ArrayList<>();

    synchronized void add(StoredEvent event) {
        events.add(event);
    }

    private static List<String> epcs(JsonNode event) {
        List<String> epcs = new ArrayList<>();
        event.path("epcList").forEach(epc -> epcs.add(epc.asText()));
        event.path("childEPCs").forEach(epc -> epcs.add(epc.asText()));
        if (event.hasNonNull("parentID")) {
            epcs.add(event.get("parentID").asText());
        }
        return epcs;
    }

    @Override
    public synchronized long nextBlock() {
        return events.stream().mapToLong(StoredEvent::blockNumber).max().orElse(-1) + 1;
    }

    @Override
    public void apply(CommittedEpcisBlock block) {
        throw new UnsupportedOperationException("the HTTP tests add stored events directly");
    }

    @Override
    public synchronized Optional<StoredEvent> event(String eventId) {
        return events.stream().filter(e -> e.eventId().equals(eventId)).findFirst();
    }

    @Override
    public synchronized EventPage query(EventQuery query, int pageSize, Optional<String> pageToken) {
        asked.add(query);
        List<StoredEvent> matching = events.stream().filter(e -> matches(query, e.event()))
                .filter(e -> !query.parameters().containsKey("EQ_eventID")
                        || query.parameters().get("EQ_eventID").contains(e.eventId())).toList();
        int from = position(pageToken, matching.size());
        int to = Math.min(matching.size(), from + pageSize);
        return new EventPage(matching.subList(from, to),
                to < matching.size() ? Optional.of("at:" + to) : Optional.empty());
    }

    private static boolean matches(EventQuery query, JsonNode event) {
        for (Map.Entry<String, List<String>> parameter : query.parameters().entrySet()) {
            Function<JsonNode, List<String>> field = FILTERS.get(parameter.getKey());
            if (field != null && field.apply(event).stream().noneMatch(parameter.getValue()::contains)) {
                return false;
            }
        }
        return true;
    }

    private static int position(Optional<String> token, int size) {
        if (token.isEmpty()) {
            return 0;
        }
        try {
            int position = Integer.parseInt(token.get().substring("at:".length()));
            if (token.get().startsWith("at:") && position <= size) {
                return position;
            }
        } catch (RuntimeException e) {
            // refused below
        }
        throw new InvalidQueryException("nextPageToken", "\"" + token.get() + "\" was not given out by this query");
    }

    @Override
    public synchronized ValuePage values(Vocabulary vocabulary, int pageSize, Optional<String> pageToken) {
        TreeSet<String> values = new TreeSet<>();
        events.forEach(e -> VALUES.get(vocabulary).apply(e.event()).stream().filter(v -> !v.isEmpty())
                .forEach(values::add));
        List<String> sorted = new ArrayList<>(values);
        int from = position(pageToken, sorted.size());
        int to = Math.min(sorted.size(), from + pageSize);
        return new ValuePage(sorted.subList(from, to), to < sorted.size() ? Optional.of("at:" + to) : Optional.empty());
    }

    @Override
    public synchronized boolean saveQuery(NamedQuery query) {
        return queries.putIfAbsent(query.name(), query) == null;
    }

    @Override
    public synchronized Optional<NamedQuery> namedQuery(String name) {
        return Optional.ofNullable(queries.get(name));
    }

    @Override
    public synchronized List<NamedQuery> namedQueries() {
        return List.copyOf(queries.values());
    }

    @Override
    public synchronized boolean deleteQuery(String name) {
        subscriptions.values().removeIf(s -> s.queryName().equals(name));
        return queries.remove(name) != null;
    }

    @Override
    public synchronized List<String> eventIdsInBlocks(long fromBlock, long toBlock) {
        return events.stream().filter(e -> e.blockNumber() >= fromBlock && e.blockNumber() <= toBlock)
                .map(StoredEvent::eventId).toList();
    }

    @Override
    public synchronized boolean saveSubscription(QuerySubscription subscription) {
        if (!queries.containsKey(subscription.queryName())) {
            return false;
        }
        subscriptions.put(subscription.id(), subscription);
        return true;
    }

    @Override
    public synchronized List<QuerySubscription> subscriptions() {
        return List.copyOf(subscriptions.values());
    }

    @Override
    public synchronized boolean deleteSubscription(String id) {
        return subscriptions.remove(id) != null;
    }

    @Override
    public synchronized boolean subscriptionDelivered(String id, long nextBlock, Optional<Instant> notifiedAt) {
        QuerySubscription subscription = subscriptions.get(id);
        if (subscription == null) {
            return false;
        }
        subscriptions.put(id, subscription.delivered(nextBlock, notifiedAt));
        return true;
    }

    @Override
    public void close() {
    }
}
