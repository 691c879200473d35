package dev.anchor.chaincode.domain.unit;

import dev.anchor.chaincode.domain.custody.Batch;
import dev.anchor.chaincode.domain.custody.BatchLedger;
import dev.anchor.chaincode.domain.custody.BatchRecords;
import dev.anchor.chaincode.domain.custody.BatchStep;
import dev.anchor.chaincode.domain.custody.CustodyRules;
import dev.anchor.chaincode.domain.custody.HashChain;
import dev.anchor.chaincode.domain.custody.PendingHandoff;
import dev.anchor.chaincode.domain.provenance.EventDetails;
import dev.anchor.model.vocabulary.EventType;
import dev.anchor.chaincode.domain.provenance.ProvenanceEvent;
import dev.anchor.chaincode.domain.shared.BatchId;
import dev.anchor.chaincode.domain.shared.Members;
import dev.anchor.chaincode.domain.shared.FreeText;
import dev.anchor.chaincode.domain.shared.Sscc;
import dev.anchor.chaincode.domain.shared.Submission;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Handing off a logistic unit: the same two steps and rules as a batch handoff, applied in one
 * transaction to the unit and to every batch in it. Each batch gets its own {@code HANDOFF_*} event,
 * whose details also name the unit's {@code sscc}.
 */
public final class UnitHandoffs {

    private static final int MAX_REASON = 500;

    private final BatchLedger batches;
    private final UnitLedger units;
    private final HashChain hashChain;
    private final Members members;

    public UnitHandoffs(BatchLedger batches, UnitLedger units, HashChain hashChain, Members members) {
        this.batches = Objects.requireNonNull(batches, "batches");
        this.units = Objects.requireNonNull(units, "units");
        this.hashChain = Objects.requireNonNull(hashChain, "hashChain");
        this.members = Objects.requireNonNull(members, "members");
    }

    /**
     * The custodian offers the unit, and so every batch in it, to another custody-holding organisation; refused
     * with {@code RECALLED} when a batch in it is recalled.
     */
    public LogisticUnit initiate(Submission submission, String sscc, String toMspId) {
        String caller = submission.callerMspId();
        CustodyRules.requireCustodyRole(members, caller, "hand off a unit");
        CustodyRules.refuseRecipientRole(members, toMspId, "unit");
        Sscc unitId = new Sscc(sscc);
        CustodyRules.requireRecipientInput(caller, toMspId, "unit");
        CustodyRules.requireKnownOrganisation(members, toMspId);

        LogisticUnit unit = units.existingUnit(unitId);
        CustodyRules.requireCustodian("unit " + unitId, unit.custodian(), caller);
        CustodyRules.requireNoPendingHandoff("unit " + unitId, unit.pendingHandoff());
        for (BatchId id : unit.batches()) {
            BatchRecords.requireNotRecalled(batches.existingBatch(id));
        }

        PendingHandoff pending = new PendingHandoff(caller, submission.timestamp(), toMspId, submission.txId());
        return apply(submission, unit, EventType.HANDOFF_INITIATED, EventDetails.handoff(caller, toMspId),
                unit.custodian(), pending);
    }

    /** The pending recipient takes custody of the unit and of every batch in it. */
    public LogisticUnit accept(Submission submission, String sscc) {
        String caller = submission.callerMspId();
        CustodyRules.requireCustodyRole(members, caller, "accept a handoff");
        Sscc unitId = new Sscc(sscc);
        LogisticUnit unit = units.existingUnit(unitId);
        PendingHandoff handoff = CustodyRules.pendingFor("unit " + unitId, unit.pendingHandoff(), caller);
        return apply(submission, unit, EventType.HANDOFF_ACCEPTED, EventDetails.handoff(handoff.from(), handoff.to()),
                handoff.to(), null);
    }

    /** The pending recipient declines the unit, which stays, whole, with its custodian. */
    public LogisticUnit reject(Submission submission, String sscc, String reason) {
        String caller = submission.callerMspId();
        CustodyRules.requireCustodyRole(members, caller, "reject a handoff");
        Sscc unitId = new Sscc(sscc);
        String why = FreeText.require("reason", reason, MAX_REASON);
        LogisticUnit unit = units.existingUnit(unitId);
        PendingHandoff handoff = CustodyRules.pendingFor("unit " + unitId, unit.pendingHandoff(), caller);
        return apply(submission, unit, EventType.HANDOFF_REJECTED,
                EventDetails.rejection(handoff.from(), handoff.to(), why), unit.custodian(), null);
    }

    private LogisticUnit apply(Submission submission, LogisticUnit unit, EventType type, EventDetails details,
            String custodian, PendingHandoff pending) {
        EventDetails inUnit = details.inUnit(unit.sscc());
        List<BatchStep> steps = new ArrayList<>();
        for (BatchId id : unit.batches()) {
            Batch batch = batches.existingBatch(id);
            ProvenanceEvent event = hashChain.next(batch, submission, type, inUnit);
            steps.add(new BatchStep(batch.after(event, custodian, pending), event));
        }
        LogisticUnit after = unit.handedTo(custodian, pending);
        units.record(unit.sscc(), after, type, steps);
        return after;
    }
}
