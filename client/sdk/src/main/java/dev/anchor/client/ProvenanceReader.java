package dev.anchor.client;

/** The view every organisation has, the auditor's in particular: reading batches and their history. */
public interface ProvenanceReader {
    /**
     * The batch's current state ({@code GetBatch}).
     *
     * @param batchId the batch
     * @return its current state
     * @throws TransactionRefusedException {@link ErrorCode#BATCH_NOT_FOUND}
     */
    Batch getBatch(String batchId);

    /**
     * The batch's history, oldest event first ({@code GetProvenance}); check it with
     * {@link Provenance#verify()}.
     *
     * @param batchId the batch
     * @return its events, oldest first
     * @throws TransactionRefusedException {@link ErrorCode#BATCH_NOT_FOUND}
     */
    Provenance getProvenance(String batchId);

    /**
     * A logistic unit's current state ({@code GetUnit}).
     *
     * @param sscc the unit's SSCC
     * @return the unit, with the batches in it
     * @throws TransactionRefusedException {@link ErrorCode#UNIT_NOT_FOUND}, {@link ErrorCode#INVALID_SSCC}
     */
    LogisticUnit getUnit(String sscc);
}
