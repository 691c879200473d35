package dev.anchor.benchmark;

import java.time.Instant;
import java.util.Locale;

/**
 * Batch ids and floor keys that no earlier run on the same ledger used: each run has its own prefix, made of
 * the start time in base 36 (e.g. {@code BENCH-MB7Q1Z2K}); its system warm-up has another ({@code BENCH-WMB7Q1Z2K}).
 */
public final class RunIds {
    private final Instant startedAt;
    private final String prefix;

    /** @param startedAt when the run started */
    public RunIds(Instant startedAt) {
        this(startedAt, "");
    }

    private RunIds(Instant startedAt, String tag) {
        this.startedAt = startedAt;
        this.prefix = "BENCH-" + tag + Long.toString(startedAt.toEpochMilli(), 36).toUpperCase(Locale.ROOT);
    }

    /** @return the ids of this run's unmeasured system warm-up, apart from those of its rounds */
    public RunIds forWarmup() {
        return new RunIds(startedAt, "W");
    }

    /** @return e.g. {@code BENCH-MB7Q1Z2K-P3-17}: round letter, worker, sequence */
    public String id(char round, int worker, long sequence) {
        return prefix + "-" + round + worker + "-" + sequence;
    }

    /** @return e.g. {@code BENCH-MB7Q1Z2K-H3}: one per worker and round */
    public String id(char round, int worker) {
        return prefix + "-" + round + worker;
    }
}
