package dev.anchor.benchmark;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the closed loop measured in one round, after the warm-up.
 *
 * @param workers   concurrent workers
 * @param sent      operations started after the warm-up
 * @param succeeded of those, how many succeeded
 * @param failures  of those, how many failed, by code
 * @param seconds   from the end of the warm-up to the last measured operation's completion
 * @param latency   submit-to-completion latency of the measured operations
 */
public record RoundMeasurement(int workers, long sent, long succeeded, Map<String, Long> failures, double seconds,
                               LatencySummary latency) {
    /** Copies the failures, sorted by code. */
    public RoundMeasurement {
        failures = Collections.unmodifiableMap(new TreeMap<>(failures));
    }

    /** @return how many measured operations failed */
    public long failed() {
        return sent - succeeded;
    }

    /** @return succeeded operations per second of the measurement; 0 when nothing was measured */
    public double throughput() {
        return seconds > 0 ? succeeded / seconds : 0;
    }
}
