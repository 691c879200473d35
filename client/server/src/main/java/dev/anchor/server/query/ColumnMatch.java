package dev.anchor.server.query;

import java.util.List;
import java.util.Objects;

/**
 * A condition on a single-valued indexed field: its value is one of {@code values}.
 *
 * @param parameter the query parameter it comes from
 */
public record ColumnMatch(String parameter, EventColumn column, List<String> values) {
    public ColumnMatch {
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(column, "column");
        values = List.copyOf(values);
    }
}
