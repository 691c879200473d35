package dev.anchor.benchmark;

import dev.anchor.client.AnchorException;
import dev.anchor.model.vocabulary.ErrorCode;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Retries a step of a sequence (initiate, then accept, then initiate again...) that was refused because an
 * endorsing peer had not yet committed the previous step. A write returns once the client's own peer has
 * committed it; the next step is endorsed by a majority of peers, which may be a block behind, and then sees the
 * old state ({@code NO_PENDING_HANDOFF}, {@code NOT_RECIPIENT}, {@code NOT_CUSTODIAN}, {@code HANDOFF_PENDING})
 * or reads an old version ({@code COMMIT_FAILED} with {@code MVCC_READ_CONFLICT}). A real client retries such a step too; the retries are counted and the waiting
 * is part of the step's latency.
 */
final class CatchUp {
    private static final int ATTEMPTS = 40;
    private static final long MAX_PAUSE_MILLIS = 100;

    private final int attempts;
    private final long maxPauseMillis;
    private final LongAdder retries = new LongAdder();

    /** At most 40 attempts, pausing 10 ms more after each failure, up to 100 ms (about 3.5 s in all). */
    CatchUp() {
        this(ATTEMPTS, MAX_PAUSE_MILLIS);
    }

    CatchUp(int attempts, long maxPauseMillis) {
        this.attempts = attempts;
        this.maxPauseMillis = maxPauseMillis;
    }

    /**
     * Runs the step, again after a short pause while it fails with one of the codes (up to the number of attempts).
     *
     * @param step  the write
     * @param stale the codes that mean "a peer is behind"
     * @return the step's result
     * @throws AnchorException the last failure, or a failure with another code
     */
    <T> T call(Supplier<T> step, ErrorCode... stale) {
        Set<ErrorCode> retryable = EnumSet.noneOf(ErrorCode.class);
        retryable.addAll(List.of(stale));
        for (int attempt = 1; ; attempt++) {
            try {
                return step.get();
            } catch (AnchorException e) {
                if (attempt >= attempts || !retryable.contains(e.errorCode())) {
                    throw e;
                }
                retries.increment();
                pause(Math.min(maxPauseMillis, 10L * attempt));
            }
        }
    }

    /** @return how many retries there were so far */
    long retries() {
        return retries.sum();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchmarkException("interrupted while waiting for the peers to catch up");
        }
    }
}
