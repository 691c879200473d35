package dev.anchor.it;

import dev.anchor.client.Anchor;
import dev.anchor.client.AnchorClient;
import dev.anchor.client.AnchorException;
import dev.anchor.client.Organization;
import dev.anchor.client.Receipt;
import dev.anchor.client.custody.ProductionRecord;
import dev.anchor.client.gateway.LocalNetwork;
import dev.anchor.client.request.RetryPolicy;
import dev.anchor.client.request.SubmitListener;

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
 * last one is acknowledged. The SDK retries what is safe to retry (its {@link RetryPolicy}); every production
 * carries a request id made from its batch id, so a retry, or a new client finishing a killed one's work, never
 * records a batch twice: a request that had committed comes back as the first commit's receipt
 * ({@code DUPLICATE_REQUEST} in the chaincode). Every step is written to a {@link SubmissionJournal} first: sent,
 * each retry and each duplicate the SDK reports, acknowledged.
 */
final class ProductionLoad implements AutoCloseable {
    static final String GTIN = "09506000134352";
    /** Long enough to outlast a process restart (up to about 35 s on a loaded machine). */
    private static final RetryPolicy RETRIES = RetryPolicy.builder().maxAttempts(60)
            .initialDelay(Duration.ofMillis(250)).maxDelay(Duration.ofSeconds(4)).build();
    private static final String REQUEST_PREFIX = "produce-";

    private final AnchorClient manufacturer;
    private final SubmissionJournal journal;
    private final String idPrefix;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicInteger sequence = new AtomicInteger();
    private final ConcurrentLinkedQueue<Instant> acknowledgements = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    private final List<Thread> workers = new ArrayList<>();

    ProductionLoad(LocalNetwork network, SubmissionJournal journal, String idPrefix) {
        this(network, journal, idPrefix, Duration.ofSeconds(30), RETRIES);
    }

    /**
     * A load whose client waits at most {@code commitStatusTimeout} for a commit (a transaction the ordering service
     * lost is then sent again, with the same request id) and retries as {@code retries} says.
     */
    ProductionLoad(LocalNetwork network, SubmissionJournal journal, String idPrefix, Duration commitStatusTimeout,
                   RetryPolicy retries) {
        // Short deadlines, so that an attempt against a killed process fails fast and is retried.
        this.manufacturer = Anchor.connect(network.connectionOptions(Organization.MANUFACTURER).toBuilder()
                .evaluateTimeout(Duration.ofSeconds(10)).endorseTimeout(Duration.ofSeconds(15))
                .submitTimeout(Duration.ofSeconds(10)).commitStatusTimeout(commitStatusTimeout)
                .retryPolicy(retries)
                .submitListener(new SubmitListener() {
                    @Override
                    public void retrying(String function, String requestId, int failedAttempt,
                                         AnchorException failure, Duration pause) {
                        journal.retried(batchIdOf(requestId));
                    }

                    @Override
                    public void duplicate(String function, String requestId, String firstTransactionId) {
                        journal.duplicate(batchIdOf(requestId));
                    }
                }).build());
        this.journal = journal;
        this.idPrefix = idPrefix;
    }

    static ProductionRecord production(String batchId) {
        return new ProductionRecord(batchId, GTIN, "Conference pears", new BigDecimal("25"), "kg", "Orchard Lane");
    }

    /** The request id of a batch's production: the same in every client, so a new one can finish a killed one's. */
    static String requestIdOf(String batchId) {
        return REQUEST_PREFIX + batchId;
    }

    private static String batchIdOf(String requestId) {
        return requestId.substring(REQUEST_PREFIX.length());
    }

    /** Finishes every submission the journal has as sent but not acknowledged (a killed client's leftovers). */
    void resume() {
        for (String id : journal.unacknowledged()) {
            submit(id);
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
                    submit(id);
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

    /** When the last acknowledgement at or before {@code instant} came, if one did. */
    Optional<Instant> lastAcknowledgementBefore(Instant instant) {
        return acknowledgements.stream().filter(t -> !t.isAfter(instant)).max(Instant::compareTo);
    }

    /**
     * The longest time without an acknowledgement from the last one at or before {@code from} until {@code to} (the
     * silence after the last acknowledgement counts too, up to {@code to}).
     */
    Duration longestSilence(Instant from, Instant to) {
        Instant start = lastAcknowledgementBefore(from).orElse(from);
        List<Instant> times = acknowledgements.stream().filter(t -> t.isAfter(start) && !t.isAfter(to)).sorted()
                .toList();
        Instant previous = start;
        Duration longest = Duration.ZERO;
        for (Instant t : times) {
            longest = max(longest, Duration.between(previous, t));
            previous = t;
        }
        return max(longest, Duration.between(previous, to));
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Submissions that ended in an error: a refusal, or retries given up. None may happen. */
    List<String> failures() {
        return List.copyOf(failures);
    }

    private void submit(String id) {
        try {
            Receipt receipt = manufacturer.withRequestId(requestIdOf(id)).recordProduction(production(id));
            if (!receipt.batch().batchId().equals(id)) {
                failures.add(id + ": the receipt is of " + receipt.batch().batchId());
            }
            journal.acknowledged(id);
            acknowledgements.add(Instant.now());
        } catch (AnchorException e) {
            failures.add(id + ": " + e.errorCode() + ": " + e.getMessage());
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
