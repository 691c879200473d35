package dev.anchor.client;

/** The manufacturer's view: recording production. */
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
}
