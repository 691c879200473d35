package dev.anchor.server.projection;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the projection waits before following the blocks again after the feed failed: {@code first} after one
 * failure, doubling with each failure in a row, never more than {@code max}.
 *
 * @param first the wait after the first failure
 * @param max   the longest wait
 */
public record ReconnectBackoff(Duration first, Duration max) {
    /** Half a second, doubling up to 30 seconds. */
    public static final ReconnectBackoff DEFAULT = new ReconnectBackoff(Duration.ofMillis(500), Duration.ofSeconds(30));

    public ReconnectBackoff {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(max, "max");
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("the backoff needs 0 < first <= max, not first " + first + ", max " + max);
        }
    }

    /** @return the wait after {@code failures} failures in a row (1 or more) */
    public Duration delay(int failures) {
        Duration delay = first;
        for (int i = 1; i < failures && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
