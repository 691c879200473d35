package dev.anchor.client.request;

import dev.anchor.client.ConnectionOptions;
import dev.anchor.client.Organization;

import java.time.Duration;
import java.util.Objects;

/**
 * How often, and after which pauses, a write is attempted again when an attempt failed in a way that is safe to
 * retry: the endorsing peers were unavailable or disagreed, the orderer was unavailable, the commit status was
 * lost, or the transaction was invalidated by a read conflict ({@code MVCC_READ_CONFLICT},
 * {@code PHANTOM_READ_CONFLICT}). A refusal by the chaincode is never retried. Every attempt carries the same
 * request id, so a retry never writes twice (docs/client.md, "Retries and request ids").
 *
 * <p>The pause after failed attempt {@code n} (1-based) is drawn uniformly from {@code [c/2, c]} where
 * {@code c = min(maxDelay, initialDelay × 2^(n-1))}.
 *
 * <pre>{@code
 * ConnectionOptions options = network.connectionOptions(Organization.MANUFACTURER).toBuilder()
 *         .retryPolicy(RetryPolicy.builder().maxAttempts(10).initialDelay(Duration.ofMillis(500))
 *                 .maxDelay(Duration.ofSeconds(8)).build())
 *         .build();
 * }</pre>
 *
 * Default: 5 attempts, 200 ms, 5 s. {@link #none()} makes one attempt only.
 */
public final class RetryPolicy {
    /** 5 attempts, pauses from 200 ms doubling up to 5 s. */
    public static final RetryPolicy DEFAULT = builder().build();

    private final int maxAttempts;
    private final Duration initialDelay;
    private final Duration maxDelay;

    private RetryPolicy(Builder b) {
        if (b.maxAttempts < 1) {
            throw new IllegalArgumentException("RetryPolicy: maxAttempts must be at least 1");
        }
        this.maxAttempts = b.maxAttempts;
        this.initialDelay = positive(b.initialDelay, "initialDelay");
        this.maxDelay = positive(b.maxDelay, "maxDelay");
        if (maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("RetryPolicy: maxDelay must not be below initialDelay");
        }
    }

    /** @return a builder with the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a policy of one attempt: nothing is retried */
    public static RetryPolicy none() {
        return builder().maxAttempts(1).build();
    }

    /** @return attempts in all, the first included */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** @return the longest pause after the first failed attempt */
    public Duration initialDelay() {
        return initialDelay;
    }

    /** @return the longest pause between any two attempts */
    public Duration maxDelay() {
        return maxDelay;
    }

    /** @return whether another attempt follows failed attempt {@code failedAttempt} (1-based) */
    public boolean allowsAnotherAfter(int failedAttempt) {
        return failedAttempt < maxAttempts;
    }

    /** The longest pause after failed attempt {@code failedAttempt}: {@code min(maxDelay, initialDelay × 2^(n-1))}. */
    public Duration ceilingAfter(int failedAttempt) {
        if (failedAttempt < 1) {
            throw new IllegalArgumentException("attempts count from 1");
        }
        long ceiling = initialDelay.toMillis();
        for (int n = 1; n < failedAttempt && ceiling < maxDelay.toMillis(); n++) {
            ceiling *= 2;
        }
        return Duration.ofMillis(Math.min(ceiling, maxDelay.toMillis()));
    }

    /**
     * The pause after failed attempt {@code failedAttempt}, jittered.
     *
     * @param random a number in {@code [0, 1)}; the pause is {@code ceiling × (1 + random) / 2}
     */
    public Duration delayAfter(int failedAttempt, double random) {
        if (!(random >= 0 && random < 1)) {
            throw new IllegalArgumentException("random must be in [0, 1), not " + random);
        }
        long ceiling = ceilingAfter(failedAttempt).toMillis();
        return Duration.ofMillis(ceiling / 2 + (long) Math.floor((ceiling - ceiling / 2) * random));
    }

    @Override
    public String toString() {
        return "RetryPolicy[" + maxAttempts + " attempts, " + initialDelay.toMillis() + " ms to " + maxDelay.toMillis()
                + " ms]";
    }

    private static Duration positive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException("RetryPolicy: " + name + " must be positive");
        }
        return value;
    }

    /** Builds a {@link RetryPolicy}; every setter returns the builder. */
    public static final class Builder {
        private int maxAttempts = 5;
        private Duration initialDelay = Duration.ofMillis(200);
        private Duration maxDelay = Duration.ofSeconds(5);

        private Builder() {
        }

        /** Attempts in all, the first included; at least 1 (default 5). */
        public Builder maxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
            return this;
        }

        /** The longest pause after the first failed attempt (default 200 ms); it doubles with each attempt. */
        public Builder initialDelay(Duration initialDelay) {
            this.initialDelay = initialDelay;
            return this;
        }

        /** The longest pause ever (default 5 s). */
        public Builder maxDelay(Duration maxDelay) {
            this.maxDelay = maxDelay;
            return this;
        }

        /** @throws IllegalArgumentException when an attempt count or pause is out of range */
        public RetryPolicy build() {
            return new RetryPolicy(this);
        }
    }
}
