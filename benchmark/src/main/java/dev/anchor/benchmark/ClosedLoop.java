package dev.anchor.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs a round as a closed loop: each of N workers sends its next operation as soon as its previous one
 * completed. Operations that start during the warm-up are run but not measured; then the round measures for a
 * fixed duration (no new operation starts after it; those in flight finish and count) or for a fixed number of
 * operations. Latency is each operation's own time, from just before it is sent to its completion (for a write,
 * its commit). Throughput is succeeded operations divided by the time from the end of the warm-up to the last
 * measured completion.
 */
public final class ClosedLoop {
    private final LoadShape shape;
    private final Duration progressInterval;
    private final ProgressListener progress;

    /**
     * @param shape            workers, warm-up, duration or count
     * @param progressInterval how often to report progress
     * @param progress         where progress goes
     */
    public ClosedLoop(LoadShape shape, Duration progressInterval, ProgressListener progress) {
        this.shape = Objects.requireNonNull(shape, "shape");
        this.progressInterval = Objects.requireNonNull(progressInterval, "progressInterval");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /**
     * Runs the workload's operations (it must be prepared) and measures them.
     *
     * @param workload what to send
     * @param window   told when the measurement starts and ends
     * @throws BenchmarkException when a worker fails in a way that is not an operation failure
     */
    public RoundMeasurement run(Workload workload, MeasurementWindow window) {
        int workers = shape.workers();
        List<Operation> operations = new ArrayList<>(workers);
        for (int worker = 0; worker < workers; worker++) {
            operations.add(workload.operation(worker));
        }
        Tally tally = new Tally(workers);
        long start = System.nanoTime();
        long measureFrom = start + shape.warmup().toNanos();
        long stopAt = shape.byCount() ? Long.MAX_VALUE : measureFrom + shape.duration().toNanos();
        AtomicLong tickets = new AtomicLong();

        ExecutorService pool = Executors.newFixedThreadPool(workers, daemon(workload.kind().id() + "-worker"));
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(daemon(workload.kind().id() + "-clock"));
        try {
            clock.schedule(window::opened, shape.warmup().toNanos(), TimeUnit.NANOSECONDS);
            schedule(clock, workload.kind(), tally, start, measureFrom);
            List<Future<?>> running = new ArrayList<>(workers);
            for (int worker = 0; worker < workers; worker++) {
                int w = worker;
                running.add(pool.submit(() -> work(w, operations.get(w), tally, measureFrom, stopAt, tickets)));
            }
            for (Future<?> worker : running) {
                await(worker);
            }
        } finally {
            pool.shutdownNow();
            clock.shutdownNow();
            awaitTermination(clock);
        }
        window.closed();

        long end = tally.lastMeasuredEnd();
        double seconds = end == Long.MIN_VALUE ? 0 : Math.max(0, end - measureFrom) / 1e9;
        return new RoundMeasurement(workers, tally.sent(), tally.succeeded(), tally.failures(), seconds,
                LatencySummary.ofMicros(tally.latencies()));
    }

    private void work(int worker, Operation operation, Tally tally, long measureFrom, long stopAt, AtomicLong tickets) {
        for (long sequence = 0; ; sequence++) {
            long begin = System.nanoTime();
            if (begin >= stopAt) {
                return;
            }
            boolean measured = begin >= measureFrom;
            if (measured && shape.byCount() && tickets.incrementAndGet() > shape.operations()) {
                return;
            }
            String failure = null;
            try {
                operation.run(sequence);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                failure = FailureCodes.of(e);
            }
            long end = System.nanoTime();
            tally.record(worker, measured, end - begin, failure, end);
        }
    }

    private void schedule(ScheduledExecutorService clock, RoundKind kind, Tally tally, long start, long measureFrom) {
        long interval = progressInterval.toNanos();
        long[] previous = {0, start};
        clock.scheduleAtFixedRate(() -> {
            long now = System.nanoTime();
            long ok = tally.completedOk();
            double current = (ok - previous[0]) / ((now - previous[1]) / 1e9);
            previous[0] = ok;
            previous[1] = now;
            progress.progress(kind, (now - start) / 1e9, now < measureFrom, tally.sent(), tally.succeeded(),
                    tally.failed(), current);
        }, interval, interval, TimeUnit.NANOSECONDS);
    }

    private static void await(Future<?> worker) {
        try {
            worker.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchmarkException("interrupted while the round was running");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new BenchmarkException("a worker stopped: " + cause, cause);
        }
    }

    private static void awaitTermination(ExecutorService executor) {
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemon(String name) {
        AtomicLong number = new AtomicLong();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
