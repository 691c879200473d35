package dev.anchor.server.projection;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectionLagTest {
    @Test
    void percentilesOfTheRecordedLags() {
        ProjectionLag lag = new ProjectionLag();
        for (int ms = 1; ms <= 100; ms++) {
            lag.record(Duration.ofMillis(ms));
        }

        ProjectionLag.Snapshot s = lag.snapshot();

        assertThat(s.transactions()).isEqualTo(100);
        assertThat(s.p50().toMillis()).isEqualTo(50);
        assertThat(s.p95().toMillis()).isEqualTo(95);
        assertThat(s.max().toMillis()).isEqualTo(100);
        assertThat(lag.percentile(99).toMillis()).isEqualTo(99);
    }

    @Test
    void aNegativeLagCountsAsZeroAndResetForgetsEverything() {
        ProjectionLag lag = new ProjectionLag();
        lag.record(Duration.ofMillis(-30));
        assertThat(lag.snapshot()).isEqualTo(new ProjectionLag.Snapshot(1, Duration.ZERO, Duration.ZERO, Duration.ZERO));

        lag.reset();

        assertThat(lag.snapshot().transactions()).isZero();
    }
}
