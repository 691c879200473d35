package dev.anchor.benchmark;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;

/**
 * The counts of one round while it runs, shared by its workers: every completed operation, and for the
 * measured ones (after the warm-up) sent, succeeded, failed by code, and the latency. Each worker records its
 * latencies in its own histogram (no contention); they are added up when the round is over.
 */
final class Tally {
    /** Latencies are recorded in microseconds, with 3 significant digits. */
    private static final int SIGNIFICANT_DIGITS = 3;

    private final Histogram[] latencies;
    private final LongAdder completed = new LongAdder();
    private final LongAdder completedOk = new LongAdder();
    private final LongAdder sent = new LongAdder();
    private final LongAdder succeeded = new LongAdder();
    private final Map<String, LongAdder> failures = new ConcurrentHashMap<>();
    private final AtomicLong lastMeasuredEnd = new AtomicLong(Long.MIN_VALUE);

    Tally(int workers) {
        latencies = new Histogram[workers];
        for (int i = 0; i < workers; i++) {
            latencies[i] = new Histogram(SIGNIFICANT_DIGITS);
        }
    }

    /**
     * Records one completed operation.
     *
     * @param worker   the worker that ran it
     * @param measured whether it started after the warm-up
     * @param nanos    how long it took
     * @param failure  its failure code, or null when it succeeded
     * @param endNanos when it completed ({@link System#nanoTime()})
     */
    void record(int worker, boolean measured, long nanos, String failure, long endNanos) {
        completed.increment();
        if (failure == null) {
            completedOk.increment();
        }
        if (!measured) {
            return;
        }
        sent.increment();
        if (failure == null) {
            succeeded.increment();
        } else {
            failures.computeIfAbsent(failure, code -> new LongAdder()).increment();
        }
        latencies[worker].recordValue(Math.max(1, nanos / 1_000));
        lastMeasuredEnd.accumulateAndGet(endNanos, Math::max);
    }

    /** @return operations completed so far, warm-up included */
    long completed() {
        return completed.sum();
    }

    /** @return operations that succeeded so far, warm-up included */
    long completedOk() {
        return completedOk.sum();
    }

    long sent() {
        return sent.sum();
    }

    long succeeded() {
        return succeeded.sum();
    }

    long failed() {
        return sent.sum() - succeeded.sum();
    }

    /** @return failures of measured operations by code, sorted by code */
    Map<String, Long> failures() {
        Map<String, Long> sorted = new TreeMap<>();
        failures.forEach((code, count) -> sorted.put(code, count.sum()));
        return sorted;
    }

    /** @return when the last measured operation completed, or {@link Long#MIN_VALUE} if none did */
    long lastMeasuredEnd() {
        return lastMeasuredEnd.get();
    }

    /** @return every worker's latencies (microseconds) added up; call once the workers have stopped */
    Histogram latencies() {
        Histogram total = new Histogram(SIGNIFICANT_DIGITS);
        for (Histogram histogram : latencies) {
            total.add(histogram);
        }
        return total;
    }
}
