package dev.anchor.client.provenance;

import java.util.Objects;
import java.util.Optional;

/**
 * The verdict of {@link Provenance#verify()}.
 *
 * @param intact        whether every hash, link and sequence number checked out
 * @param eventsChecked how many events passed verification (all of them when intact)
 * @param brokenAtSeq   the position (from 1, the seq it should have) of the first event that failed; empty
 *                      when intact
 * @param problem       what is wrong, as a sentence; empty string when intact
 */
public record ChainVerification(boolean intact, int eventsChecked, Optional<Long> brokenAtSeq, String problem) {
    /** Checks consistency: a broken verdict names where and what. */
    public ChainVerification {
        Objects.requireNonNull(brokenAtSeq, "brokenAtSeq");
        Objects.requireNonNull(problem, "problem");
        if (!intact && (brokenAtSeq.isEmpty() || problem.isEmpty())) {
            throw new IllegalArgumentException("a broken chain needs brokenAtSeq and problem");
        }
    }

    /** An intact chain of {@code events} events. */
    public static ChainVerification intact(int events) {
        return new ChainVerification(true, events, Optional.empty(), "");
    }

    /** A chain broken at position {@code seq}, after {@code passed} events passed. */
    public static ChainVerification broken(long seq, int passed, String problem) {
        return new ChainVerification(false, passed, Optional.of(seq), problem);
    }
}
