package dev.anchor.server.capture;

import com.fasterxml.jackson.databind.JsonNode;
import dev.anchor.client.epcis.EpcisCaptureException;
import dev.anchor.client.epcis.EpcisCaptureReport;
import dev.anchor.client.epcis.EpcisCapturer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The capture jobs of {@code POST /capture}: each document is captured in the background through the server
 * organisation's {@link EpcisCapturer}, and its job tells how far it got.
 *
 * <p>The journal is in memory only: jobs are not kept across a restart of {@code anchor serve} (the events a job
 * recorded are on the ledger, and a document captured again records only what is missing, the rest counting as
 * duplicates). It keeps the {@value #MAX_JOBS} most recent jobs; older finished jobs are forgotten.
 */
public final class CaptureJournal implements AutoCloseable {
    /** How many jobs the journal keeps. */
    public static final int MAX_JOBS = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(CaptureJournal.class);

    private final EpcisCapturer capturer;
    private final CaptureBatching batching;
    private final Clock clock;
    private final ExecutorService workers = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "anchor-capture-job");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, CaptureJob> jobs = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CaptureJob> eldest) {
            return size() > MAX_JOBS && !eldest.getValue().running();
        }
    };

    /** A journal whose jobs send their events as the SDK does by default ({@link CaptureBatching#DEFAULT}). */
    public CaptureJournal(EpcisCapturer capturer, Clock clock) {
        this(capturer, CaptureBatching.DEFAULT, clock);
    }

    /** A journal whose jobs send their events to the ledger as {@code batching} says. */
    public CaptureJournal(EpcisCapturer capturer, CaptureBatching batching, Clock clock) {
        this.capturer = Objects.requireNonNull(capturer, "capturer");
        this.batching = Objects.requireNonNull(batching, "batching");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Starts capturing a document (already checked against the EPCIS schema) in the background.
     *
     * @return completes with the new job once the SDK has checked the whole document and is about to send it; or
     *         fails with the SDK's {@link EpcisCaptureException} when it refuses the document before sending anything
     *         (an event whose hash cannot be computed, an event too large for a transaction), and then no job exists
     */
    public CompletableFuture<CaptureJob> start(JsonNode document) {
        String id = UUID.randomUUID().toString();
        CompletableFuture<CaptureJob> accepted = new CompletableFuture<>();
        workers.execute(() -> run(id, document, accepted));
        return accepted;
    }

    private void run(String id, JsonNode document, CompletableFuture<CaptureJob> accepted) {
        try {
            EpcisCaptureReport report = capturer.captureEpcis(document, batching.eventsPerTransaction(),
                    batching.transactionsInFlight(), progress -> progressed(id, progress, accepted));
            progressed(id, report, accepted);
            finish(id, report, List.of());
        } catch (EpcisCaptureException e) {
            if (accepted.completeExceptionally(e)) {
                return;
            }
            LOG.warn("capture job {} failed: {}", id, e.getMessage());
            finish(id, e.partial(), List.of(new CaptureError(e.errorCode().name(), e.getMessage())));
        } catch (RuntimeException e) {
            if (accepted.completeExceptionally(e)) {
                return;
            }
            LOG.error("capture job {} failed", id, e);
            finish(id, job(id).map(CaptureJob::progress).orElseThrow(), List.of(new CaptureError("UNEXPECTED",
                    "the capture stopped on an unexpected error (" + e.getClass().getSimpleName() + "); see the "
                            + "server's log. Capture the document again to record the rest")));
        }
    }

    private void progressed(String id, EpcisCaptureReport report, CompletableFuture<CaptureJob> accepted) {
        synchronized (jobs) {
            CaptureJob job = jobs.get(id);
            if (job == null && !accepted.isDone()) {
                job = new CaptureJob(id, clock.instant(), Optional.empty(), report, List.of());
                jobs.put(id, job);
                accepted.complete(job);
            } else if (job != null) {
                jobs.put(id, job.advanced(report));
            }
        }
    }

    private void finish(String id, EpcisCaptureReport report, List<CaptureError> errors) {
        synchronized (jobs) {
            CaptureJob job = jobs.get(id);
            if (job != null) {
                jobs.put(id, job.finished(clock.instant(), report, errors));
            }
        }
    }

    /**
     * Captures a document now, on the calling thread, as one transaction at a time (the synchronous
     * {@code POST /events} of one event): no job is kept.
     *
     * @throws EpcisCaptureException when the SDK refuses the document or its transaction fails
     */
    public EpcisCaptureReport captureNow(JsonNode document) {
        return capturer.captureEpcis(document, batching.eventsPerTransaction(), 1, progress -> { });
    }

    /** @return the job with this id, if the journal has it */
    public Optional<CaptureJob> job(String captureId) {
        synchronized (jobs) {
            return Optional.ofNullable(jobs.get(captureId));
        }
    }

    /** @return every job the journal keeps, oldest first */
    public List<CaptureJob> jobs() {
        synchronized (jobs) {
            return new ArrayList<>(jobs.values());
        }
    }

    /** Stops the jobs still running (what they committed stays recorded). */
    @Override
    public void close() {
        workers.shutdownNow();
    }
}
