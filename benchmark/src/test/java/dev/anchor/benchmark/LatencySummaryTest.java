package dev.anchor.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class LatencySummaryTest {

    @Test
    void percentilesOfOneToOneThousandMilliseconds() {
        Histogram micros = new Histogram(3);
        for (int ms = 1; ms <= 1000; ms++) {
            micros.recordValue(ms * 1000L);
        }

        LatencySummary summary = LatencySummary.ofMicros(micros);

        assertThat(summary.count()).isEqualTo(1000);
        assertThat(summary.p50()).isCloseTo(500, within(0.5));
        assertThat(summary.p95()).isCloseTo(950, within(1.0));
        assertThat(summary.p99()).isCloseTo(990, within(1.0));
        assertThat(summary.max()).isCloseTo(1000, within(1.0));
        assertThat(summary.mean()).isCloseTo(500.5, within(0.5));
    }

    @Test
    void percentilesAreOrderedEvenForASkewedDistribution() {
        Histogram micros = new Histogram(3);
        for (int i = 0; i < 980; i++) {
            micros.recordValue(250_000);
        }
        for (int i = 0; i < 20; i++) {
            micros.recordValue(3_000_000 + i * 1000L);
        }

        LatencySummary summary = LatencySummary.ofMicros(micros);

        assertThat(summary.p50()).isCloseTo(250, within(0.3));
        assertThat(summary.p95()).isCloseTo(250, within(0.3));
        assertThat(summary.p99()).isGreaterThan(2900);
        assertThat(summary.p50()).isLessThanOrEqualTo(summary.p95());
        assertThat(summary.p95()).isLessThanOrEqualTo(summary.p99());
        assertThat(summary.p99()).isLessThanOrEqualTo(summary.max());
        assertThat(summary.max()).isCloseTo(3019, within(4.0));
    }

    @Test
    void anEmptyHistogramGivesZeros() {
        assertThat(LatencySummary.ofMicros(new Histogram(3))).isEqualTo(new LatencySummary(0, 0, 0, 0, 0, 0));
    }
}
