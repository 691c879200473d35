package dev.anchor.server.query;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A window on one of an event's times: at or after {@code from} ({@code GE_}), before {@code before}
 * ({@code LT_}); either bound may be absent.
 */
public record TimeWindow(TimeField field, Optional<Instant> from, Optional<Instant> before) {
    public TimeWindow {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(before, "before");
    }
}
