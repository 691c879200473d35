package dev.anchor.cli.batch.imports;

import dev.anchor.client.AnchorException;
import dev.anchor.client.BatchProducer;
import dev.anchor.client.BatchesRefusedException;
import dev.anchor.client.custody.ProductionsReceipt;
import dev.anchor.client.custody.RefusedBatch;
import dev.anchor.model.vocabulary.ErrorCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Records the chunks of an import, each one {@code recordProductions} transaction under its request id, up to
 * {@code inFlight} at once. A chunk the chaincode refuses is reported with its refused rows (none of it is written)
 * and the others go on; any other failure (the network, a commit, a refusal of the whole request such as
 * {@code FORBIDDEN_ROLE}) stops sending new chunks, and the chunks not sent are reported as such. Running the same import again records what was not, and answers the chunks
 * that had committed from their first commit.
 */
public final class ProductionImport {
    private final Function<String, BatchProducer> producerWithRequestId;
    private final int inFlight;

    /**
     * @param producerWithRequestId the manufacturer's client bound to a request id (e.g. {@code client::withRequestId})
     * @param inFlight              how many chunks may be sent and not yet committed at once
     */
    public ProductionImport(Function<String, BatchProducer> producerWithRequestId, int inFlight) {
        this.producerWithRequestId = Objects.requireNonNull(producerWithRequestId, "producerWithRequestId");
        if (inFlight < 1) {
            throw new IllegalArgumentException("inFlight " + inFlight);
        }
        this.inFlight = inFlight;
    }

    /**
     * @param chunks   the chunks, in file order
     * @param progress hears each chunk's outcome as it comes (from the sending threads, one at a time)
     * @return every chunk's outcome, in file order
     */
    public List<ChunkOutcome> run(List<ImportChunk> chunks, Consumer<ChunkOutcome> progress) {
        AtomicBoolean stopped = new AtomicBoolean();
        ExecutorService senders = Executors.newFixedThreadPool(inFlight, runnable -> {
            Thread thread = new Thread(runnable, "batch-import");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<ChunkOutcome>> sent = new ArrayList<>();
            for (ImportChunk chunk : chunks) {
                sent.add(senders.submit(() -> {
                    ChunkOutcome outcome = stopped.get() ? notSent(chunk) : send(chunk, stopped);
                    synchronized (progress) {
                        progress.accept(outcome);
                    }
                    return outcome;
                }));
            }
            List<ChunkOutcome> outcomes = new ArrayList<>();
            for (Future<ChunkOutcome> outcome : sent) {
                outcomes.add(outcome.get());
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AnchorException(ErrorCode.UNEXPECTED, "the import was interrupted");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            senders.shutdownNow();
        }
    }

    private ChunkOutcome send(ImportChunk chunk, AtomicBoolean stopped) {
        try {
            ProductionsReceipt receipt = producerWithRequestId.apply(chunk.requestId()).recordProductions(chunk.records());
            return new ChunkOutcome(chunk, receipt.transactionId(), List.of(), null, null);
        } catch (BatchesRefusedException e) {
            List<RowProblem> refused = new ArrayList<>();
            for (RefusedBatch batch : e.refusedBatches()) {
                ProductionRow row = chunk.rows().get(batch.index());
                refused.add(new RowProblem(row.line(), batch.batchId(), batch.errorCode().name(), batch.message()));
            }
            if (refused.isEmpty()) {
                return new ChunkOutcome(chunk, null, List.of(), e.errorCode(), e.errorCode() + ": " + e.getMessage());
            }
            return new ChunkOutcome(chunk, null, refused, null, null);
        } catch (AnchorException e) {
            stopped.set(true);
            return new ChunkOutcome(chunk, null, List.of(), e.errorCode(), e.errorCode() + ": " + e.getMessage());
        }
    }

    private static ChunkOutcome notSent(ImportChunk chunk) {
        return new ChunkOutcome(chunk, null, List.of(), null, "not sent: an earlier chunk failed");
    }
}
