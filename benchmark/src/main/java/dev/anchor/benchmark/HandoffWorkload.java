package dev.anchor.benchmark;

import dev.anchor.client.AnchorClient;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.Organization;
import dev.anchor.client.custody.Batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The handoff round: each worker owns one batch and passes it back and forth between the manufacturer and the
 * distributor; one operation is a pair, the holder's {@code InitiateHandoff} then the recipient's
 * {@code AcceptHandoff}, each waiting for its commit. Workers never touch the same batch, so there are no
 * read conflicts between them.
 */
final class HandoffWorkload implements Workload {
    private final Participants participants;
    private final RunIds ids;
    private final List<String> batches = new ArrayList<>();
    private final CatchUp catchUp = new CatchUp();

    HandoffWorkload(Participants participants, RunIds ids) {
        this.participants = participants;
        this.ids = ids;
    }

    @Override
    public RoundKind kind() {
        return RoundKind.HANDOFF;
    }

    /** Records one batch per worker (in parallel), all held by the manufacturer. */
    @Override
    public List<String> prepare(int workers) {
        long start = System.nanoTime();
        AnchorClient manufacturer = participants.as(Organization.MANUFACTURER);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(workers, 16));
        try {
            List<Future<String>> created = new ArrayList<>();
            for (int worker = 0; worker < workers; worker++) {
                String id = ids.id('H', worker);
                created.add(pool.submit(() -> manufacturer.recordProduction(ProductionWorkload.record(id)).batch().batchId()));
            }
            for (Future<String> batch : created) {
                batches.add(batch.get());
            }
        } catch (ExecutionException e) {
            throw new BenchmarkException("recording the handoff round's batches failed: " + e.getCause().getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchmarkException("interrupted while recording the handoff round's batches");
        } finally {
            pool.shutdownNow();
        }
        return List.of(String.format(Locale.ROOT, "%d batches recorded for the handoff workers in %.1f s", workers,
                (System.nanoTime() - start) / 1e9));
    }

    @Override
    public Operation operation(int worker) {
        return new Pair(batches.get(worker));
    }

    @Override
    public List<String> afterRun() {
        return List.of(catchUp.retries() + " steps retried because an endorsing peer had not yet committed the step "
                + "before; the waiting counts in the pairs' latency");
    }

    /** One worker's batch and who holds it; used by that worker only. */
    private final class Pair implements Operation {
        private final String batchId;
        private Organization holder = Organization.MANUFACTURER;
        private boolean inDoubt;

        Pair(String batchId) {
            this.batchId = batchId;
        }

        @Override
        public void run(long sequence) {
            if (inDoubt) {
                settle();
            }
            Organization recipient = holder == Organization.MANUFACTURER ? Organization.DISTRIBUTOR : Organization.MANUFACTURER;
            inDoubt = true;
            Organization from = holder;
            catchUp.call(() -> participants.as(from).initiateHandoff(batchId, recipient),
                    ErrorCode.NOT_CUSTODIAN, ErrorCode.HANDOFF_PENDING, ErrorCode.COMMIT_FAILED);
            catchUp.call(() -> participants.as(recipient).acceptHandoff(batchId),
                    ErrorCode.NO_PENDING_HANDOFF, ErrorCode.NOT_RECIPIENT, ErrorCode.COMMIT_FAILED);
            holder = recipient;
            inDoubt = false;
        }

        /** After a failed pair: reads where the batch is, and completes a handoff left pending. */
        private void settle() {
            Batch batch = participants.as(Organization.AUDITOR).getBatch(batchId);
            if (batch.pendingHandoff().isPresent()) {
                Organization to = Organization.fromMspId(batch.pendingHandoff().get().to());
                batch = participants.as(to).acceptHandoff(batchId).batch();
            }
            holder = Organization.fromMspId(batch.custodian());
            inDoubt = false;
        }
    }
}
