package dev.anchor.client;

import dev.anchor.client.custody.ProductionRecord;
import dev.anchor.client.lineage.TransformationRecord;
import dev.anchor.model.vocabulary.ErrorCode;

/** The manufacturer's view: recording production, transforming batches, recalling what it produced. */
public interface BatchProducer {
    /**
     * Records a new batch ({@code RecordProduction}); the caller's organisation becomes producer and custodian.
     *
     * @param record what was produced
     * @return the committed transaction's id and the new batch
     * @throws TransactionRefusedException {@link ErrorCode#FORBIDDEN_ROLE} unless the caller is the manufacturer,
     *                                     {@link ErrorCode#INVALID_INPUT}, {@link ErrorCode#BATCH_EXISTS}
     * @throws CommitFailedException       when the transaction is invalidated at commit
     * @throws NetworkUnavailableException when the peer cannot be reached
     */
    Receipt recordProduction(ProductionRecord record);

    /**
     * Consumes some of each input batch and produces a new batch from them, in one transaction
     * ({@code TransformBatches}). Each input gets a {@code CONSUMED} event, the output a {@code TRANSFORMED} one;
     * {@link #getBatch} then shows each input's {@code remaining}, and {@link ProvenanceReader#traceBack} the links.
     *
     * <pre>{@code
     * Receipt juice = manufacturer.transform(new TransformationRecord(
     *         List.of(Consumption.parse("PEAR-001:600"), Consumption.parse("PEAR-002:400")),
     *         new ProductionRecord("JUICE-001", "09506000134369", "Pear juice", new BigDecimal("500"), "l", "Press house")));
     * }</pre>
     *
     * @param transformation the inputs and the output
     * @return the committed transaction's id and the output batch
     * @throws TransactionRefusedException {@link ErrorCode#FORBIDDEN_ROLE} unless the caller is the manufacturer,
     *                                     {@link ErrorCode#INVALID_INPUT}, {@link ErrorCode#BATCH_EXISTS},
     *                                     {@link ErrorCode#BATCH_NOT_FOUND}, {@link ErrorCode#NOT_CUSTODIAN} (an input
     *                                     the caller does not hold), {@link ErrorCode#HANDOFF_PENDING},
     *                                     {@link ErrorCode#RECALLED}, {@link ErrorCode#OVER_CONSUMPTION}
     */
    Receipt transform(TransformationRecord transformation);

    /**
     * Recalls a batch and, in the same transaction, every batch made from it, their products, and so on
     * ({@code RecallBatch}). Recalled batches are refused handoffs and transformations ({@link ErrorCode#RECALLED}).
     * Its producer may recall a batch, and the auditor any batch.
     *
     * @param batchId the batch
     * @param reason  why, non-blank, at most 500 characters
     * @return the committed transaction's id and the recalled batch
     * @throws TransactionRefusedException {@link ErrorCode#NOT_PRODUCER}, {@link ErrorCode#RECALLED} (already),
     *                                     {@link ErrorCode#INVALID_INPUT}, {@link ErrorCode#BATCH_NOT_FOUND},
     *                                     {@link ErrorCode#TRACE_TOO_LARGE}
     */
    Receipt recall(String batchId, String reason);
}
