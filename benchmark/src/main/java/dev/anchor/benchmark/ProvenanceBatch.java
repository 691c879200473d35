package dev.anchor.benchmark;

import dev.anchor.client.AnchorException;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.Organization;
import dev.anchor.client.custody.Batch;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Optional;

/**
 * The batch the provenance round reads: a fixed id ({@code BENCH-PROVENANCE-1000} for 1,000 events) kept on the
 * ledger between runs. When the ledger does not have it yet, or has fewer events, it is built (or completed) by
 * handing it back and forth between the manufacturer and the distributor, one transaction after the other: a few
 * minutes for 1,000 events, once per ledger.
 */
final class ProvenanceBatch {
    private final Participants participants;
    private final long events;
    private final PrintStream out;
    private final CatchUp catchUp = new CatchUp();

    /**
     * @param participants the clients
     * @param events       how many events the batch needs at least
     * @param out          where building progress goes
     */
    ProvenanceBatch(Participants participants, long events, PrintStream out) {
        this.participants = participants;
        this.events = events;
        this.out = out;
    }

    /** @return the batch id for this many events */
    String batchId() {
        return "BENCH-PROVENANCE-" + events;
    }

    /** Makes sure the batch exists with at least the events wanted; returns the batch as it is then. */
    Batch ensure() {
        String id = batchId();
        Batch batch = find(id).orElseGet(() ->
                participants.as(Organization.MANUFACTURER).recordProduction(ProductionWorkload.record(id)).batch());
        if (batch.eventCount() >= events) {
            return batch;
        }
        long start = System.nanoTime();
        long from = batch.eventCount();
        out.printf(Locale.ROOT, "[provenance] building %s: %d of %d events; one transaction at a time%n", id, from, events);
        while (batch.eventCount() < events) {
            batch = step(batch);
            if (batch.eventCount() % 100 == 0) {
                double seconds = (System.nanoTime() - start) / 1e9;
                out.printf(Locale.ROOT, "[provenance] %s: %d of %d events (%.0f s)%n", id, batch.eventCount(), events, seconds);
            }
        }
        return batch;
    }

    /** One transaction further: the pending recipient accepts, or the holder offers it to the other party. */
    private Batch step(Batch batch) {
        if (batch.pendingHandoff().isPresent()) {
            Organization to = Organization.fromMspId(batch.pendingHandoff().get().to());
            return catchUp.call(() -> participants.as(to).acceptHandoff(batch.batchId()).batch(),
                    ErrorCode.NO_PENDING_HANDOFF, ErrorCode.NOT_RECIPIENT, ErrorCode.COMMIT_FAILED);
        }
        Organization holder = Organization.fromMspId(batch.custodian());
        Organization other = holder == Organization.MANUFACTURER ? Organization.DISTRIBUTOR : Organization.MANUFACTURER;
        return catchUp.call(() -> participants.as(holder).initiateHandoff(batch.batchId(), other).batch(),
                ErrorCode.NOT_CUSTODIAN, ErrorCode.HANDOFF_PENDING, ErrorCode.COMMIT_FAILED);
    }

    private Optional<Batch> find(String id) {
        try {
            return Optional.of(participants.as(Organization.AUDITOR).getBatch(id));
        } catch (AnchorException e) {
            if (e.errorCode() == ErrorCode.BATCH_NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
