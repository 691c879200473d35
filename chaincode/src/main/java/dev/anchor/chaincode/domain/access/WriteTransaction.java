package dev.anchor.chaincode.domain.access;

import dev.anchor.chaincode.domain.shared.Refusal;
import dev.anchor.chaincode.domain.shared.Role;
import dev.anchor.chaincode.domain.shared.Submission;
import dev.anchor.model.vocabulary.ErrorCode;

/**
 * Every transaction that writes, and the {@link Role} its caller needs: the one table of who may write what
 * (docs/roles.md). Reads need no role: any member of the channel may read. The organisation rules (only the
 * custodian hands off, only the manufacturer produces, …) are the use cases' and come in addition.
 */
public enum WriteTransaction {
    RECORD_PRODUCTION("RecordProduction", Role.OPERATOR),
    RECORD_PRODUCTIONS("RecordProductions", Role.OPERATOR),
    TRANSFORM_BATCHES("TransformBatches", Role.OPERATOR),
    INITIATE_HANDOFF("InitiateHandoff", Role.OPERATOR),
    INITIATE_HANDOFF_WITH_TERMS("InitiateHandoffWithTerms", Role.OPERATOR),
    /** Storing and purging the private copy of terms: the parties' floor work, as the handoff is. */
    ATTACH_HANDOFF_TERMS("AttachHandoffTerms", Role.OPERATOR),
    PURGE_HANDOFF_TERMS("PurgeHandoffTerms", Role.OPERATOR),
    ACCEPT_HANDOFF("AcceptHandoff", Role.OPERATOR),
    REJECT_HANDOFF("RejectHandoff", Role.OPERATOR),
    PACK_UNIT("PackUnit", Role.OPERATOR),
    UNPACK_UNIT("UnpackUnit", Role.OPERATOR),
    CAPTURE_EPCIS_EVENTS("CaptureEpcisEvents", Role.OPERATOR),
    /** Acknowledging a recall is the holder stopping the goods it holds: floor work, an operator's. */
    ACKNOWLEDGE_RECALL("AcknowledgeRecall", Role.OPERATOR),
    RECALL_BATCH("RecallBatch", Role.QUALITY),
    ATTACH_EVIDENCE("AttachEvidence", Role.QUALITY),
    /** Admitting a member is governance: its admins approve, as they sign channel configuration updates. */
    APPROVE_MEMBER("ApproveMember", Role.ADMIN),
    /** Measurement only, refused unless the server enables it (checked first); it writes, so it asks for a role. */
    BENCHMARK_FLOOR("BenchmarkFloor", Role.OPERATOR),
    /** The bulk floor, as {@link #BENCHMARK_FLOOR}. */
    BENCHMARK_BULK_FLOOR("BenchmarkBulkFloor", Role.OPERATOR);

    private final String transactionName;
    private final Role neededRole;

    WriteTransaction(String transactionName, Role neededRole) {
        this.transactionName = transactionName;
        this.neededRole = neededRole;
    }

    /** The transaction's name as clients call it, e.g. {@code RecallBatch}. */
    public String transactionName() {
        return transactionName;
    }

    public Role neededRole() {
        return neededRole;
    }

    /**
     * Refuses with {@link ErrorCode#FORBIDDEN_ROLE} unless the submission's role includes the one this transaction
     * needs; the sentence names the role needed and the one the caller has, or that its certificate has none.
     */
    public void permit(Submission submission) {
        String has = submission.callerRole();
        if (Role.ofAttribute(has).filter(role -> role.includes(neededRole)).isPresent()) {
            return;
        }
        String caller = has == null
                ? "the caller's certificate has no " + Role.ATTRIBUTE + " attribute"
                : "the caller has role " + Refusal.quoted(has);
        throw new Refusal(ErrorCode.FORBIDDEN_ROLE, transactionName + " needs role " + neededRole
                + (neededRole == Role.OPERATOR ? " (or " + Role.QUALITY + ")" : "") + "; " + caller);
    }
}
