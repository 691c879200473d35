package dev.anchor.chaincode.domain;

import java.util.Optional;

/**
 * The supply-chain rules for one batch at a time: production, custody handoffs and reading provenance.
 * Transformations, tracing, recalls and evidence have their own classes over the same ledger.
 *
 * <p>Every write checks, in this order: the caller's role, the arguments, the named organisation,
 * the batch's existence, then custody and handoff state; the first broken rule refuses the
 * transaction before anything is written. A write that passes appends exactly one event to the
 * batch's hash chain.
 */
public final class SupplyChain {

    private static final int MAX_REASON = 500;

    private final BatchRecords records;

    public SupplyChain(BatchLedger ledger, HashChain hashChain) {
        this.records = new BatchRecords(ledger, hashChain);
    }

    /** A manufacturer records a newly produced batch, of which it becomes the custodian. */
    public Batch recordProduction(Submission submission, String batchId, String gtin, String productName,
            String quantity, String unit, String site) {
        String caller = submission.callerMspId();
        BatchRecords.requireRole(caller, Role.MANUFACTURER, "record production");
        BatchSpec.ValidBatchSpec spec = new BatchSpec(batchId, gtin, productName, quantity, unit, site).validate();
        records.requireUnused(spec.batchId());

        ProvenanceEvent produced = records.first(spec.batchId(), submission, EventType.PRODUCED, spec.details());
        return record(spec.produced(produced, caller), produced);
    }

    /** The custodian offers the batch to another custody-holding organisation; a recalled batch stays put. */
    public Batch initiateHandoff(Submission submission, String batchId, String toMspId) {
        String caller = submission.callerMspId();
        BatchRecords.requireCustodyRole(caller, "hand off a batch");
        if (Role.ofMspId(toMspId).filter(role -> !role.holdsCustody()).isPresent()) {
            throw new Refusal(ErrorCode.FORBIDDEN_ROLE,
                    toMspId + " never holds custody, so a batch cannot be handed off to it");
        }

        BatchId id = new BatchId(batchId);
        if (toMspId == null || toMspId.isBlank()) {
            throw Refusal.invalidInput("toMspId is required");
        }
        if (toMspId.equals(caller)) {
            throw Refusal.invalidInput(caller + " cannot hand off a batch to itself");
        }

        if (Role.ofMspId(toMspId).isEmpty()) {
            throw new Refusal(ErrorCode.UNKNOWN_ORG, Refusal.quoted(toMspId) + " is not an organisation of the channel");
        }

        Batch batch = records.existing(id);
        BatchRecords.requireCustodian(batch, caller);
        Optional<PendingHandoff> pending = batch.pending();
        if (pending.isPresent()) {
            throw new Refusal(ErrorCode.HANDOFF_PENDING, "batch " + id + " already has a pending handoff from "
                    + pending.get().from() + " to " + pending.get().to());
        }
        BatchRecords.requireNotRecalled(batch);

        ProvenanceEvent initiated = records.append(batch, submission, EventType.HANDOFF_INITIATED,
                EventDetails.handoff(caller, toMspId));
        return record(batch.after(initiated, batch.custodian(),
                new PendingHandoff(caller, submission.timestamp(), toMspId, submission.txId())), initiated);
    }

    /** The pending recipient takes custody of the batch. */
    public Batch acceptHandoff(Submission submission, String batchId) {
        String caller = submission.callerMspId();
        BatchRecords.requireCustodyRole(caller, "accept a handoff");
        BatchId id = new BatchId(batchId);
        Batch batch = records.existing(id);
        PendingHandoff handoff = pendingFor(batch, caller);

        ProvenanceEvent accepted = records.append(batch, submission, EventType.HANDOFF_ACCEPTED,
                EventDetails.handoff(handoff.from(), handoff.to()));
        return record(batch.after(accepted, handoff.to(), null), accepted);
    }

    /** The pending recipient declines the batch, which stays with its custodian. */
    public Batch rejectHandoff(Submission submission, String batchId, String reason) {
        String caller = submission.callerMspId();
        BatchRecords.requireCustodyRole(caller, "reject a handoff");
        BatchId id = new BatchId(batchId);
        String why = FreeText.require("reason", reason, MAX_REASON);
        Batch batch = records.existing(id);
        PendingHandoff handoff = pendingFor(batch, caller);

        ProvenanceEvent rejected = records.append(batch, submission, EventType.HANDOFF_REJECTED,
                EventDetails.rejection(handoff.from(), handoff.to(), why));
        return record(batch.after(rejected, batch.custodian(), null), rejected);
    }

    /** The current state of a batch; anyone may read it. */
    public Batch batch(String batchId) {
        return records.existing(new BatchId(batchId));
    }

    /** Every event of a batch, oldest first; anyone may read it. */
    public Provenance provenance(String batchId) {
        BatchId id = new BatchId(batchId);
        records.existing(id);
        return new Provenance(id, records.ledger().provenanceOf(id));
    }

    private static PendingHandoff pendingFor(Batch batch, String caller) {
        PendingHandoff handoff = batch.pending().orElseThrow(() -> new Refusal(ErrorCode.NO_PENDING_HANDOFF,
                "batch " + batch.batchId() + " has no pending handoff"));
        if (!handoff.to().equals(caller)) {
            throw new Refusal(ErrorCode.NOT_RECIPIENT, "the pending handoff of batch " + batch.batchId()
                    + " is addressed to " + handoff.to() + ", not " + caller);
        }
        return handoff;
    }

    private Batch record(Batch batch, ProvenanceEvent event) {
        records.ledger().record(batch, event);
        return batch;
    }
}
