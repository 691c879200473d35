package dev.anchor.it;

import dev.anchor.client.Anchor;
import dev.anchor.client.AnchorClient;
import dev.anchor.client.AnchorException;
import dev.anchor.client.Batch;
import dev.anchor.client.ErrorCode;
import dev.anchor.client.LocalNetwork;
import dev.anchor.client.Organization;
import dev.anchor.client.ProductionRecord;
import dev.anchor.client.TransactionRefusedException;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The manufacturer recording production from several workers at once, each sending its next batch when the
 * last one is acknowledged, and retrying what is safe to retry until it is. A production is naturally
 * idempotent by its batch id: an attempt refused with {@code BATCH_EXISTS} after an earlier attempt of the same
 * id means that the earlier one committed, which the load confirms by reading the batch back. Every step is
 * written to a {@link SubmissionJournal} first, so that a new load can finish what a killed one left.
 */
final class ProductionLoad implements AutoCloseable {
    static final String GTIN = "09506000134352";
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(4);
    private static final int MAX_ATTEMPTS = 60;

    private final AnchorClient manufacturer;
    private final SubmissionJournal journal;
    private final String idPrefix;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicInteger sequence = new AtomicInteger();
    private final ConcurrentLinkedQueue<Instant> acknowledgements = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    private final List<Thread> workers = new ArrayList<>();

    ProductionLoad(LocalNetwork network, SubmissionJournal journal, String idPrefix) {
        // Short deadlines, so that an attempt against a killed process fails fast and is retried.
        this.manufacturer = Anchor.connect(network.connectionOptions(Organization.MANUFACTURER).toBuilder()
                .evaluateTimeout(Duration.ofSeconds(10)).endorseTimeout(Duration.ofSeconds(15))
                .submitTimeout(Duration.ofSeconds(10)).commitStatusTimeout(Duration.ofSeconds(30)).build());
        this.journal = journal;
        this.idPrefix = idPrefix;
    }

    static ProductionRecord production(String batchId) {
        return new ProductionRecord(batchId, GTIN, "Conference pears", new BigDecimal("25"), "kg", "Orchard Lane");
    }

    /** Finishes every submission the journal has as sent but not acknowledged (a killed client's leftovers). */
    void resume() {
        for (String id : journal.unacknowledged()) {
            submit(id, true);
        }
    }

    /** Starts {@code count} workers; they run until {@link #stop()}. */
    void start(int count) {
        running.set(true);
        for (int w = 0; w < count; w++) {
            Thread worker = new Thread(() -> {
                while (running.get()) {
                    String id = idPrefix + "-" + sequence.incrementAndGet();
                    journal.sent(id);
                    submit(id, false);
                }
            }, "production-load-" + w);
            worker.start();
            workers.add(worker);
        }
    }

    /** Stops sending new batches and waits until each worker has finished (acknowledged) its last one. */
    void stop() throws InterruptedException {
        running.set(false);
        for (Thread worker : workers) {
            worker.join(Duration.ofMinutes(5).toMillis());
        }
    }

    int acknowledged() {
        return acknowledgements.size();
    }

    /** When the first acknowledgement after {@code instant} came, if one did. */
    Optional<Instant> firstAcknowledgementAfter(Instant instant) {
        return acknowledgements.stream().filter(t -> t.isAfter(instant)).min(Instant::compareTo);
    }

    /** Submissions that ended in an error that must not happen (a refusal other than the retry's BATCH_EXISTS). */
    List<String> failures() {
        return List.copyOf(failures);
    }

    private void submit(String id, boolean resumed) {
        Duration backoff = Duration.ofMillis(250);
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            boolean retry = resumed || attempt > 1;
            if (attempt > 1) {
                journal.retried(id);
            }
            try {
                manufacturer.recordProduction(production(id));
                acknowledge(id);
                return;
            } catch (TransactionRefusedException e) {
                if (retry && e.errorCode() == ErrorCode.BATCH_EXISTS && isOurs(id)) {
                    acknowledge(id);
                } else {
                    failures.add(id + ": " + e.errorCode() + ": " + e.getMessage());
                }
                return;
            } catch (AnchorException e) {
                // UNAVAILABLE, COMMIT_FAILED, a failed endorsement: safe to retry with the same batch id.
                sleep(backoff);
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
        failures.add(id + ": not acknowledged after " + MAX_ATTEMPTS + " attempts");
    }

    private boolean isOurs(String id) {
        Batch batch = manufacturer.getBatch(id);
        ProductionRecord sent = production(id);
        return batch.gtin().equals(sent.gtin()) && batch.quantity().compareTo(sent.quantity()) == 0
                && batch.producer().equals(Organization.MANUFACTURER.mspId());
    }

    private void acknowledge(String id) {
        journal.acknowledged(id);
        acknowledgements.add(Instant.now());
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        manufacturer.close();
    }

    /**
     * The load as a process of its own, for the test that kills the client:
     * {@code ProductionLoad DESCRIPTOR JOURNAL ID_PREFIX WORKERS SECONDS}. It first finishes what the journal
     * has unacknowledged, then runs the workers for the given time.
     */
    public static void main(String[] args) throws Exception {
        LocalNetwork network = LocalNetwork.load(Path.of(args[0]));
        try (SubmissionJournal journal = SubmissionJournal.open(Path.of(args[1]));
             ProductionLoad load = new ProductionLoad(network, journal, args[2])) {
            load.resume();
            load.start(Integer.parseInt(args[3]));
            Thread.sleep(Duration.ofSeconds(Long.parseLong(args[4])).toMillis());
            load.stop();
            if (!load.failures().isEmpty()) {
                System.err.println("failures: " + load.failures());
                System.exit(1);
            }
        }
    }
}
