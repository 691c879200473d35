package dev.anchor.server.query;

import java.util.List;
import java.util.Objects;

/**
 * A condition on an indexed multi-valued field: the event has a value of that field (of that type, for a typed
 * field) that one of the matchers matches.
 *
 * @param parameter the query parameter it comes from
 * @param kinds     the stored kinds any of which may hold the value ({@code MATCH_anyEPC}: four)
 * @param matchers  the values, ORed
 */
public record FieldMatch(String parameter, List<String> kinds, List<ValueMatcher> matchers) {
    public FieldMatch {
        Objects.requireNonNull(parameter, "parameter");
        kinds = List.copyOf(kinds);
        matchers = List.copyOf(matchers);
    }
}
