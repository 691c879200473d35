package dev.anchor.server.query;

import dev.anchor.server.store.StoredEvent;

import java.util.List;
import java.util.Optional;

/**
 * One page of a query's answer.
 *
 * @param events        the events of this page, in the query's order
 * @param nextPageToken present when more events follow: pass it to get the next page
 */
public record EventPage(List<StoredEvent> events, Optional<String> nextPageToken) {
    public EventPage {
        events = List.copyOf(events);
    }
}
