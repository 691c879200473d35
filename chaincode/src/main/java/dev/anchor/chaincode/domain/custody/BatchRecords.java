package dev.anchor.chaincode.domain.custody;

import dev.anchor.chaincode.domain.provenance.EventDetails;
import dev.anchor.model.vocabulary.EventType;
import dev.anchor.chaincode.domain.provenance.ProvenanceEvent;
import dev.anchor.chaincode.domain.shared.BatchId;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.chaincode.domain.shared.Refusal;
import dev.anchor.chaincode.domain.shared.Organization;
import dev.anchor.chaincode.domain.shared.Submission;
import java.util.Objects;

/**
 * What every use case shares: reading a batch that must exist, sealing the next event of a batch's hash chain,
 * and the role checks.
 */
public final class BatchRecords {

    private final BatchLedger ledger;
    private final HashChain hashChain;

    public BatchRecords(BatchLedger ledger, HashChain hashChain) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.hashChain = Objects.requireNonNull(hashChain, "hashChain");
    }

    public BatchLedger ledger() {
        return ledger;
    }

    /** The batch, or {@link ErrorCode#BATCH_NOT_FOUND}. */
    public Batch existing(BatchId id) {
        return ledger.findBatch(id)
                .orElseThrow(() -> new Refusal(ErrorCode.BATCH_NOT_FOUND, "batch " + id + " does not exist"));
    }

    /** Refuses with {@link ErrorCode#BATCH_EXISTS} when the id is taken. */
    public void requireUnused(BatchId id) {
        if (ledger.findBatch(id).isPresent()) {
            throw new Refusal(ErrorCode.BATCH_EXISTS, "batch " + id + " already exists");
        }
    }

    /** The first event of a new batch's hash chain. */
    public ProvenanceEvent first(BatchId id, Submission submission, EventType type, EventDetails details) {
        return hashChain.seal(ProvenanceEvent.unsealed(submission, id, type, details, HashChain.GENESIS, 1));
    }

    /** The next event of the batch's hash chain, sealed. */
    public ProvenanceEvent append(Batch batch, Submission submission, EventType type, EventDetails details) {
        return hashChain.next(batch, submission, type, details);
    }

    /** Refuses with {@link ErrorCode#NOT_CUSTODIAN} unless the caller holds the batch. */
    public static void requireCustodian(Batch batch, String caller) {
        if (!batch.custodian().equals(caller)) {
            throw new Refusal(ErrorCode.NOT_CUSTODIAN,
                    "batch " + batch.batchId() + " is held by " + batch.custodian() + ", not " + caller);
        }
    }

    /** Refuses with {@link ErrorCode#RECALLED} when the batch is under a recall. */
    public static void requireNotRecalled(Batch batch) {
        batch.recalled().ifPresent(recall -> {
            throw new Refusal(ErrorCode.RECALLED, "batch " + batch.batchId() + " is recalled"
                    + (recall.recallOf().equals(batch.batchId()) ? "" : " (made from recalled batch " + recall.recallOf() + ")")
                    + ": " + Refusal.quoted(recall.reason()));
        });
    }

    public static void requireOrganization(String caller, Organization organization, String action) {
        if (Organization.ofMspId(caller).filter(o -> o == organization).isEmpty()) {
            throw new Refusal(ErrorCode.FORBIDDEN_ROLE,
                       describe(caller) + " may not " + action + "; only " + organization.mspId() + " may");
        }
    }

    public static String describe(String mspId) {
        return mspId == null || mspId.isBlank() ? "a caller without an MSP ID" : mspId;
    }
}
