package dev.anchor.server.query;

import java.util.List;
import java.util.Optional;

/**
 * One page of a vocabulary's distinct values (the {@code /eventTypes}, {@code /epcs}, ... resources).
 *
 * @param values        the values, sorted
 * @param nextPageToken present when more values follow
 */
public record ValuePage(List<String> values, Optional<String> nextPageToken) {
    public ValuePage {
        values = List.copyOf(values);
    }
}
