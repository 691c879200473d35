package dev.anchor.server.subscription;

import dev.anchor.server.query.EventPage;
import dev.anchor.server.query.EventQuery;
import dev.anchor.server.query.NamedQuery;
import dev.anchor.server.store.EventStore;
import dev.anchor.server.store.StoredEvent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which of some new events a named query matches, decided by the store's own query engine: the named query's
 * parameters and {@code EQ_eventID} with the new events' ids. The answer is in ledger order (the order of the ids
 * given); the query's own order and count limits ({@code orderBy}, {@code orderDirection}, {@code eventCountLimit},
 * {@code maxEventCount}) do not apply to a subscription's deliveries.
 */
final class MatchingEvents {
    /** Parameters of a named query that shape one answer, not which events match. */
    private static final Set<String> ANSWER_SHAPE = Set.of("orderBy", "orderDirection", "eventCountLimit",
            "maxEventCount", "perPage", "nextPageToken");
    private static final String EVENT_ID = "EQ_eventID";
    /** Ids per query. */
    private static final int CHUNK = 100;
    private static final int PAGE = 500;

    private final EventStore store;

    MatchingEvents(EventStore store) {
        this.store = store;
    }

    /**
     * @param eventIds          the new events, in ledger order
     * @param initialRecordTime when set, only events recorded at or after it match
     * @return the matching events in ledger order, empty when the named query does not exist (any more)
     */
    Optional<List<StoredEvent>> of(String queryName, List<String> eventIds, Optional<Instant> initialRecordTime) {
        Optional<NamedQuery> named = store.namedQuery(queryName);
        if (named.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>(
                EventQuery.fromJson(named.get().definition().get("query")).parameters());
        ANSWER_SHAPE.forEach(parameters::remove);
        Map<String, StoredEvent> found = new HashMap<>();
        if (parameters.containsKey(EVENT_ID)) {
            // the query names its own events: one run finds those of them that are new
            collect(EventQuery.parse(parameters), Set.copyOf(eventIds), initialRecordTime, found);
        } else {
            for (int from = 0; from < eventIds.size(); from += CHUNK) {
                List<String> chunk = eventIds.subList(from, Math.min(eventIds.size(), from + CHUNK));
                parameters.put(EVENT_ID, chunk);
                collect(EventQuery.parse(parameters), Set.copyOf(chunk), initialRecordTime, found);
            }
        }
        List<StoredEvent> matching = new ArrayList<>();
        for (String id : eventIds) {
            StoredEvent event = found.get(id);
            if (event != null) {
                matching.add(event);
            }
        }
        return Optional.of(matching);
    }

    private void collect(EventQuery query, Set<String> wanted, Optional<Instant> initialRecordTime,
                         Map<String, StoredEvent> found) {
        Optional<String> token = Optional.empty();
        do {
            EventPage page = store.query(query, PAGE, token);
            for (StoredEvent event : page.events()) {
                if (wanted.contains(event.eventId())
                        && initialRecordTime.map(t -> !event.capturedAt().isBefore(t)).orElse(true)) {
                    found.put(event.eventId(), event);
                }
            }
            token = page.nextPageToken();
        } while (token.isPresent());
    }
}
