package dev.anchor.client;

import dev.anchor.client.custody.Batch;
import dev.anchor.client.custody.LogisticUnit;
import dev.anchor.model.evidence.Evidence;
import dev.anchor.client.evidence.EvidenceRecord;
import dev.anchor.client.lineage.RecallReport;
import dev.anchor.client.lineage.TraceGraph;
import dev.anchor.client.proof.ProvenanceProof;
import dev.anchor.client.provenance.Provenance;

import dev.anchor.model.vocabulary.ErrorCode;
import java.util.Optional;

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
     * The batch and every ancestor: its inputs, their inputs, and so on ({@code TraceBack}).
     *
     * @param batchId the batch
     * @return the graph, the batch first
     * @throws TransactionRefusedException {@link ErrorCode#BATCH_NOT_FOUND}, {@link ErrorCode#TRACE_TOO_LARGE}
     */
    TraceGraph traceBack(String batchId);

    /**
     * The batch and every descendant, each with its custodian now ({@code TraceForward}).
     *
     * @param batchId the batch
     * @return the graph, the batch first
     * @throws TransactionRefusedException {@link ErrorCode#BATCH_NOT_FOUND}, {@link ErrorCode#TRACE_TOO_LARGE}
     */
    TraceGraph traceForward(String batchId);

    /**
     * Every batch the recall of this batch reached, its custodian and whether it acknowledged ({@code GetRecallReport}).
     *
     * @param batchId the recalled batch
     * @return the report
     * @throws TransactionRefusedException {@link ErrorCode#NOT_RECALLED}, {@link ErrorCode#BATCH_NOT_FOUND}
     */
    RecallReport recallReport(String batchId);

    /**
     * Whether the document with this SHA-256 was attached to the batch, and by whom and when ({@code GetEvidence}).
     * Compute the hash of a file with {@link EvidenceRecord#sha256Of}.
     *
     * @param batchId the batch
     * @param sha256  the document's SHA-256, 64 lowercase hex digits
     * @return the record, or empty when no such document is attached
     * @throws TransactionRefusedException {@link ErrorCode#INVALID_INPUT}, {@link ErrorCode#BATCH_NOT_FOUND}
     */
    Optional<Evidence> findEvidence(String batchId, String sha256);

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
