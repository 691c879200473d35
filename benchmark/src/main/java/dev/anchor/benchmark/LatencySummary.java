package dev.anchor.benchmark;

import org.HdrHistogram.Histogram;

/**
 * Latency percentiles of one round, in milliseconds (from a histogram in microseconds with 3 significant
 * digits, so each figure is exact to 0.1 %).
 *
 * @param count how many latencies
 * @param mean  their mean
 * @param p50   the median
 * @param p95   95th percentile
 * @param p99   99th percentile
 * @param max   the largest
 */
public record LatencySummary(long count, double mean, double p50, double p95, double p99, double max) {

    /** The summary of a histogram of microseconds; all zero when it is empty. */
    public static LatencySummary ofMicros(Histogram micros) {
        if (micros.getTotalCount() == 0) {
            return new LatencySummary(0, 0, 0, 0, 0, 0);
        }
        return new LatencySummary(micros.getTotalCount(), millis(micros.getMean()),
                millis(micros.getValueAtPercentile(50)), millis(micros.getValueAtPercentile(95)),
                millis(micros.getValueAtPercentile(99)), millis(micros.getMaxValue()));
    }

    private static double millis(double micros) {
        return Math.round(micros / 10.0) / 100.0;
    }
}
