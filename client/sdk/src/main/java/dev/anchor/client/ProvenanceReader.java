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

    /**
     * A proof of the batch's provenance that anyone can verify offline, without trusting this peer: the
     * {@code GetProvenance} answer with the blocks, endorsements, block headers and channel configuration that
     * back it, read from the peer's {@code qscc}. See {@link ProvenanceProof} and docs/proofs.md.
     *
     * <pre>{@code
     * auditor.proveProvenance("PEAR-001").write(Path.of("PEAR-001.proof.json"));
     * }</pre>
     *
     * @param batchId the batch
     * @return the proof bundle
     * @throws TransactionRefusedException {@link ErrorCode#BATCH_NOT_FOUND}
     */
    ProvenanceProof proveProvenance(String batchId);
}
