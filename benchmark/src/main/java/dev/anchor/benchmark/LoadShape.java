package dev.anchor.benchmark;

import java.time.Duration;
import java.util.Objects;

/**
 * How a round loads the network: a fixed number of workers in a closed loop (each sends its next operation as
 * soon as the previous one completed), a warm-up that is not measured, then either a fixed duration or a fixed
 * number of operations.
 *
 * @param workers    concurrent workers, at least 1
 * @param warmup     run but not measured, before the measurement; may be zero
 * @param duration   how long to measure; used when {@code operations} is 0
 * @param operations how many operations to measure; 0 to measure for {@code duration}
 */
public record LoadShape(int workers, Duration warmup, Duration duration, long operations) {
    /** Checks the ranges. */
    public LoadShape {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1");
        }
        Objects.requireNonNull(warmup, "warmup");
        Objects.requireNonNull(duration, "duration");
        if (warmup.isNegative()) {
            throw new IllegalArgumentException("the warm-up cannot be negative");
        }
        if (operations < 0) {
            throw new IllegalArgumentException("operations cannot be negative");
        }
        if (operations == 0 && (duration.isZero() || duration.isNegative())) {
            throw new IllegalArgumentException("a round needs a positive duration or a number of operations");
        }
    }

    /** @return whether the round measures a fixed number of operations rather than a duration */
    public boolean byCount() {
        return operations > 0;
    }

    /** The same shape with another number of workers. */
    public LoadShape withWorkers(int otherWorkers) {
        return new LoadShape(otherWorkers, warmup, duration, operations);
    }
}
