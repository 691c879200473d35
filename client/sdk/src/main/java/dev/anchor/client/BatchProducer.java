package dev.anchor.client;

import dev.anchor.client.custody.ProductionRecord;
import dev.anchor.client.custody.ProductionsReceipt;
import dev.anchor.client.lineage.TransformationRecord;
import dev.anchor.model.vocabulary.ErrorCode;

import java.util.List;

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

    /** The most batches {@link #recordProductions} takes in one call: the chaincode's limit per transaction. */
    int MAX_PRODUCTIONS_PER_TRANSACTION = 1_000;

    /**
     * Records many new batches in one transaction ({@code RecordProductions}), all or none: each is checked and
     * written exactly as {@link #recordProduction} would (the same records, the same provenance), but if the chaincode
     * refuses any of them, nothing is written and a {@link BatchesRefusedException} names each refused batch with its
     * code. The transaction's one chaincode event is the last batch's {@code PRODUCED} event (Fabric keeps one event
     * per transaction).
     *
     * <p>Like every write it is made exactly once per request id; give a chunk of an import its own id, derived from
     * its content, so that sending the chunk again after a crash answers the first commit instead of writing twice:
     * <pre>{@code
     * List<ProductionRecord> shift = List.of(
     *         new ProductionRecord("PEAR-101", "09506000134352", "Conference pears", new BigDecimal("1200"), "kg", "Orchard Lane"),
     *         new ProductionRecord("PEAR-102", "09506000134352", "Conference pears", new BigDecimal("800"), "kg", "Orchard Lane"));
     * try {
     *     ProductionsReceipt r = manufacturer.withRequestId("erp-2026-12-03-shift-2.chunk-0").recordProductions(shift);
     *     System.out.println(r.batchIds().size() + " batches in transaction " + r.transactionId());
     * } catch (BatchesRefusedException e) {
     *     e.refusedBatches().forEach(b -> System.err.println(b.batchId() + ": " + b.errorCode() + ": " + b.message()));
     * }
     * }</pre>
     *
     * @param records 1 to {@value #MAX_PRODUCTIONS_PER_TRANSACTION} batches, each id once
     * @return the committed transaction's id and the ids recorded, in the order passed
     * @throws BatchesRefusedException     when the chaincode refused one or more of the batches (each named with
     *                                     {@link ErrorCode#INVALID_INPUT}, {@link ErrorCode#BATCH_EXISTS}, …)
     * @throws TransactionRefusedException {@link ErrorCode#FORBIDDEN_ROLE} unless the caller is the manufacturer,
     *                                     {@link ErrorCode#INVALID_INPUT} for no batches or more than the maximum
     * @throws CommitFailedException       when the transaction is invalidated at commit
     * @throws NetworkUnavailableException when the peer cannot be reached
     */
    ProductionsReceipt recordProductions(List<ProductionRecord> records);

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
