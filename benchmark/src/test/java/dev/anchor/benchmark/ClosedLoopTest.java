package dev.anchor.benchmark;

import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.TransactionRefusedException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClosedLoopTest {

    /** Takes about 2 ms; every fifth operation of a worker is refused with NOT_CUSTODIAN. */
    private static final class FakeWorkload implements Workload {
        final AtomicLong runs = new AtomicLong();

        @Override
        public RoundKind kind() {
            return RoundKind.PRODUCTION;
        }

        @Override
        public Operation operation(int worker) {
            return sequence -> {
                runs.incrementAndGet();
                Thread.sleep(2);
                if (sequence % 5 == 4) {
                    throw new TransactionRefusedException(ErrorCode.NOT_CUSTODIAN, "no", "tx", null);
                }
            };
        }
    }

    private final List<String> events = Collections.synchronizedList(new ArrayList<>());
    private final MeasurementWindow window = new MeasurementWindow() {
        @Override
        public void opened() {
            events.add("opened");
        }

        @Override
        public void closed() {
            events.add("closed");
        }
    };

    @Test
    void measuresForTheDurationAfterTheWarmUpAndCountsFailuresByCode() {
        FakeWorkload workload = new FakeWorkload();
        List<Double> progress = Collections.synchronizedList(new ArrayList<>());
        ClosedLoop loop = new ClosedLoop(new LoadShape(3, Duration.ofMillis(200), Duration.ofMillis(400), 0),
                Duration.ofMillis(100), (round, elapsed, warmingUp, sent, ok, failed, current) -> progress.add(elapsed));

        RoundMeasurement m = loop.run(workload, window);

        assertThat(m.workers()).isEqualTo(3);
        assertThat(m.sent()).isPositive().isLessThan(workload.runs.get());
        assertThat(m.succeeded() + m.failures().getOrDefault("NOT_CUSTODIAN", 0L)).isEqualTo(m.sent());
        assertThat(m.failures()).containsOnlyKeys("NOT_CUSTODIAN");
        assertThat(m.failed()).isEqualTo(m.failures().get("NOT_CUSTODIAN"));
        // Bounds only from below: on a loaded machine the loop may run late, never early.
        assertThat(m.seconds()).isGreaterThanOrEqualTo(0.39);
        assertThat(m.throughput()).isEqualTo(m.succeeded() / m.seconds());
        assertThat(m.latency().count()).isEqualTo(m.sent());
        assertThat(m.latency().p50()).isGreaterThanOrEqualTo(2.0);
        assertThat(events).containsExactly("opened", "closed");
        assertThat(progress).isNotEmpty();
    }

    @Test
    void measuresExactlyTheNumberOfOperationsAsked() {
        FakeWorkload workload = new FakeWorkload();
        ClosedLoop loop = new ClosedLoop(new LoadShape(4, Duration.ZERO, Duration.ZERO, 50), Duration.ofSeconds(10),
                (round, elapsed, warmingUp, sent, ok, failed, current) -> { });

        RoundMeasurement m = loop.run(workload, window);

        assertThat(m.sent()).isEqualTo(50);
        assertThat(workload.runs.get()).isEqualTo(50);
        assertThat(m.succeeded() + m.failed()).isEqualTo(50);
    }

    @Test
    void aWorkerThatBreaksStopsTheRound() {
        Workload broken = new Workload() {
            @Override
            public RoundKind kind() {
                return RoundKind.FLOOR;
            }

            @Override
            public Operation operation(int worker) {
                return sequence -> {
                    throw new OutOfMemoryError("simulated");
                };
            }
        };
        // By count, not by time: a round of 200 ms could end before a worker of a loaded machine ever ran.
        ClosedLoop loop = new ClosedLoop(new LoadShape(2, Duration.ZERO, Duration.ZERO, 1_000),
                Duration.ofSeconds(10), (round, elapsed, warmingUp, sent, ok, failed, current) -> { });

        assertThatThrownBy(() -> loop.run(broken, MeasurementWindow.NONE)).isInstanceOf(BenchmarkException.class)
                .hasMessageContaining("simulated");
    }
}
