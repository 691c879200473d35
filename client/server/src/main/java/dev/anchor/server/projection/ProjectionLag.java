package dev.anchor.server.projection;

import org.HdrHistogram.Histogram;

import java.time.Duration;

/**
 * How far the query store trails the ledger: for each applied transaction that captured EPCIS events, the time from
 * its capture to its events being applied, in an HdrHistogram (microseconds, 3 significant digits). The capture
 * time is the record's {@code capturedAt}, the transaction's own timestamp that every peer agreed on, so the lag is
 * what a client that captured an event waits before a query finds it: endorsement, ordering (at most the orderer's
 * batch timeout), commit, delivery and the store's write. Safe for one recording thread and any number of readers.
 */
public final class ProjectionLag {
    /**
     * What the lag has been.
     *
     * @param transactions how many transactions were measured
     * @param p50          the median lag
     * @param p95          the 95th percentile
     * @param max          the largest
     */
    public record Snapshot(long transactions, Duration p50, Duration p95, Duration max) {
    }

    private final Histogram histogram = new Histogram(3);

    /** Records one transaction's lag; a negative one (clocks apart) counts as zero. */
    public synchronized void record(Duration lag) {
        histogram.recordValue(Math.max(0, lag.toNanos() / 1_000));
    }

    /** @return the lag at the percentile (0 to 100), zero when nothing was recorded */
    public synchronized Duration percentile(double percentile) {
        return micros(histogram.getValueAtPercentile(percentile));
    }

    /** @return the count and the p50, p95 and max lag, read together */
    public synchronized Snapshot snapshot() {
        return new Snapshot(histogram.getTotalCount(), micros(histogram.getValueAtPercentile(50)),
                micros(histogram.getValueAtPercentile(95)), micros(histogram.getMaxValue()));
    }

    /** Forgets what was recorded, e.g. once a store that was catching up has caught up. */
    public synchronized void reset() {
        histogram.reset();
    }

    private static Duration micros(long value) {
        return Duration.ofNanos(value * 1_000);
    }
}
