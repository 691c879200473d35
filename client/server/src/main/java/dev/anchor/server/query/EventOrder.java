package dev.anchor.server.query;

import java.util.Objects;

/**
 * The order of a query's answer: by event time (the default) or record time, ascending (the default) or
 * descending; events of the same time come in the order the store received them (reversed when descending).
 */
public record EventOrder(TimeField by, boolean descending) {
    public static final EventOrder DEFAULT = new EventOrder(TimeField.EVENT_TIME, false);

    public EventOrder {
        Objects.requireNonNull(by, "by");
        if (by == TimeField.ERROR_DECLARATION_TIME) {
            throw new IllegalArgumentException("events are ordered by eventTime or recordTime");
        }
    }
}
