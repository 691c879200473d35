package dev.anchor.client;

import dev.anchor.client.custody.RefusedBatch;
import dev.anchor.model.vocabulary.ErrorCode;

import java.util.List;

/**
 * The chaincode refused a {@link BatchProducer#recordProductions} call because it refused one or more of its batches
 * ({@link ErrorCode#BATCHES_REFUSED}); nothing was written, not even the batches it would have taken.
 * {@link #refusedBatches()} names each refused batch with its own code.
 *
 * <pre>{@code
 * try {
 *     manufacturer.withRequestId(chunkId).recordProductions(records);
 * } catch (BatchesRefusedException e) {
 *     for (RefusedBatch b : e.refusedBatches()) {
 *         System.err.println("#" + b.index() + " " + b.batchId() + ": " + b.errorCode() + ": " + b.message());
 *     }
 * }
 * }</pre>
 */
public class BatchesRefusedException extends TransactionRefusedException {
    private static final long serialVersionUID = 1L;

    private final List<RefusedBatch> refusedBatches;

    /**
     * @param message        the chaincode's sentence, without the code
     * @param refusedBatches each refused batch, in the order passed
     * @param transactionId  the refused transaction's id, or null
     * @param cause          the gateway exception, or null
     */
    public BatchesRefusedException(String message, List<RefusedBatch> refusedBatches, String transactionId,
                                   Throwable cause) {
        super(ErrorCode.BATCHES_REFUSED, message, transactionId, cause);
        this.refusedBatches = List.copyOf(refusedBatches);
    }

    /** @return each refused batch with its code and sentence, in the order the batches were passed */
    public List<RefusedBatch> refusedBatches() {
        return refusedBatches;
    }
}
