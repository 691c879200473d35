package dev.anchor.chaincode.domain.custody;

import dev.anchor.chaincode.domain.provenance.EventDetails;
import dev.anchor.model.vocabulary.EventType;
import dev.anchor.chaincode.domain.provenance.Provenance;
import dev.anchor.chaincode.domain.provenance.ProvenanceEvent;
import dev.anchor.chaincode.domain.shared.BatchId;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.chaincode.domain.shared.FreeText;
import dev.anchor.chaincode.domain.shared.Gtin;
import dev.anchor.chaincode.domain.shared.Quantity;
import dev.anchor.chaincode.domain.shared.Refusal;
import dev.anchor.chaincode.domain.shared.Member;
import dev.anchor.chaincode.domain.shared.Members;
import dev.anchor.chaincode.domain.shared.Organization;
import dev.anchor.chaincode.domain.shared.Submission;
import java.util.Objects;

/**
 * The supply-chain rules: production, custody handoffs and reading provenance.
 *
 * <p>Every write checks, in this order: the caller's role, the arguments, the named organisation,
 * the batch's existence, then custody and handoff state; the first broken rule refuses the
 * transaction before anything is written. A write that passes appends exactly one event to the
 * batch's hash chain.
 */
public final class SupplyChain {

    private static final int MAX_PRODUCT_NAME = 200;
    private static final int MAX_SITE = 200;
    private static final int MAX_UNIT = 32;
    private static final int MAX_REASON = 500;

    private final BatchLedger ledger;
    private final HashChain hashChain;
    private final Members members;

    public SupplyChain(BatchLedger ledger, HashChain hashChain, Members members) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.hashChain = Objects.requireNonNull(hashChain, "hashChain");
        this.members = Objects.requireNonNull(members, "members");
    }

    /**
     * A member that records production (the manufacturer, or an organisation admitted to) records a newly produced
     * batch, of which it becomes the custodian.
     */
    public Batch recordProduction(Submission submission, String batchId, String gtin, String productName,
            String quantity, String unit, String site) {
        requireProducer(submission.callerMspId());
        ProducedBatch produced = produce(submission, batchId, gtin, productName, quantity, unit, site);
        ledger.record(produced.batch(), produced.event());
        return produced.batch();
    }

    /** Refuses with {@link ErrorCode#FORBIDDEN_ROLE} unless the caller is a member that records production. */
    void requireProducer(String caller) {
        if (members.find(caller).filter(Member::recordsProduction).isEmpty()) {
            throw new Refusal(ErrorCode.FORBIDDEN_ROLE, CustodyRules.describe(caller) + " may not record production; only "
                    + Organization.MANUFACTURER.mspId() + " may, or a member admitted to record production");
        }
    }

    /**
     * The new batch and its first event, checked (the arguments, then that the id is unused) but not yet stored:
     * what {@link #recordProduction} and {@link ProductionRun} store.
     */
    ProducedBatch produce(Submission submission, String batchId, String gtin, String productName,
            String quantity, String unit, String site) {
        String caller = submission.callerMspId();
        BatchId id = new BatchId(batchId);
        Gtin itemNumber = new Gtin(gtin);
        String name = FreeText.require("productName", productName, MAX_PRODUCT_NAME);
        Quantity amount = Quantity.parse(quantity);
        String unitOfMeasure = FreeText.require("unit", unit, MAX_UNIT);
        String productionSite = FreeText.require("site", site, MAX_SITE);

        if (ledger.findBatch(id).isPresent()) {
            throw new Refusal(ErrorCode.BATCH_EXISTS, "batch " + id + " already exists");
        }

        ProvenanceEvent produced = hashChain.seal(ProvenanceEvent.unsealed(submission, id, EventType.PRODUCED,
                EventDetails.production(itemNumber, name, amount, unitOfMeasure, productionSite), HashChain.GENESIS, 1));
        Batch batch = new Batch(id, caller, produced.seq(), itemNumber, produced.hash(), null, null,
                submission.timestamp(), caller, name, amount, productionSite, unitOfMeasure);
        return new ProducedBatch(batch, produced);
    }

    /** The custodian offers the batch to another custody-holding organisation. */
    public Batch initiateHandoff(Submission submission, String batchId, String toMspId) {
        String caller = submission.callerMspId();
        CustodyRules.requireCustodyRole(members, caller, "hand off a batch");
        CustodyRules.refuseRecipientRole(members, toMspId, "batch");

        BatchId id = new BatchId(batchId);
        CustodyRules.requireRecipientInput(caller, toMspId, "batch");
        CustodyRules.requireKnownOrganisation(members, toMspId);

        Batch batch = existing(id);
        CustodyRules.requireCustodian("batch " + id, batch.custodian(), caller);
        refuseIfPacked(batch);
        CustodyRules.requireNoPendingHandoff("batch " + id, batch.pendingHandoff());
        BatchRecords.requireNotRecalled(batch);

        ProvenanceEvent initiated = append(batch, submission, EventType.HANDOFF_INITIATED,
                EventDetails.handoff(caller, toMspId));
        return record(batch.after(initiated, batch.custodian(),
                new PendingHandoff(caller, submission.timestamp(), toMspId, submission.txId())), initiated);
    }

    /** The pending recipient takes custody of the batch. */
    public Batch acceptHandoff(Submission submission, String batchId) {
        String caller = submission.callerMspId();
        CustodyRules.requireCustodyRole(members, caller, "accept a handoff");
        BatchId id = new BatchId(batchId);
        Batch batch = existing(id);
        PendingHandoff handoff = pendingFor(batch, caller);
        refuseIfPacked(batch);

        ProvenanceEvent accepted = append(batch, submission, EventType.HANDOFF_ACCEPTED,
                EventDetails.handoff(handoff.from(), handoff.to()));
        return record(batch.after(accepted, handoff.to(), null), accepted);
    }

    /** The pending recipient declines the batch, which stays with its custodian. */
    public Batch rejectHandoff(Submission submission, String batchId, String reason) {
        String caller = submission.callerMspId();
        CustodyRules.requireCustodyRole(members, caller, "reject a handoff");
        BatchId id = new BatchId(batchId);
        String why = FreeText.require("reason", reason, MAX_REASON);
        Batch batch = existing(id);
        PendingHandoff handoff = pendingFor(batch, caller);
        refuseIfPacked(batch);

        ProvenanceEvent rejected = append(batch, submission, EventType.HANDOFF_REJECTED,
                EventDetails.rejection(handoff.from(), handoff.to(), why));
        return record(batch.after(rejected, batch.custodian(), null), rejected);
    }

    /** The current state of a batch; anyone may read it. */
    public Batch batch(String batchId) {
        return existing(new BatchId(batchId));
    }

    /** Every event of a batch, oldest first; anyone may read it. */
    public Provenance provenance(String batchId) {
        BatchId id = new BatchId(batchId);
        existing(id);
        return new Provenance(id, ledger.provenanceOf(id));
    }

    private Batch existing(BatchId id) {
        return ledger.existingBatch(id);
    }

    private static PendingHandoff pendingFor(Batch batch, String caller) {
        return CustodyRules.pendingFor("batch " + batch.batchId(), batch.pendingHandoff(), caller);
    }

    /** A packed batch travels only with its unit: it is handed off, accepted and rejected as the unit. */
    private static void refuseIfPacked(Batch batch) {
        if (batch.packed().isPresent()) {
            throw new Refusal(ErrorCode.PACKED, "batch " + batch.batchId() + " is packed in unit "
                    + batch.packed().get() + "; hand off, accept or reject the unit, or unpack it first");
        }
    }

    private ProvenanceEvent append(Batch batch, Submission submission, EventType type, EventDetails details) {
        return hashChain.next(batch, submission, type, details);
    }

    private Batch record(Batch batch, ProvenanceEvent event) {
        ledger.record(batch, event);
        return batch;
    }
}
