package dev.anchor.chaincode.domain.unit;

import dev.anchor.chaincode.domain.custody.Batch;
import dev.anchor.chaincode.domain.custody.BatchLedger;
import dev.anchor.chaincode.domain.custody.BatchRecords;
import dev.anchor.chaincode.domain.custody.BatchStep;
import dev.anchor.chaincode.domain.custody.CustodyRules;
import dev.anchor.chaincode.domain.custody.HashChain;
import dev.anchor.chaincode.domain.provenance.EventDetails;
import dev.anchor.model.vocabulary.EventType;
import dev.anchor.chaincode.domain.provenance.ProvenanceEvent;
import dev.anchor.chaincode.domain.shared.BatchId;
import dev.anchor.chaincode.domain.shared.Members;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.chaincode.domain.shared.Refusal;
import dev.anchor.chaincode.domain.shared.Sscc;
import dev.anchor.chaincode.domain.shared.Submission;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Packing batches into a logistic unit named by an SSCC, and unpacking it. Only the custodian packs
 * and unpacks; each batch packed or unpacked gets a {@code PACKED} / {@code UNPACKED} event naming
 * the SSCC. Unpacking removes the unit; its SSCC may then name a new unit.
 *
 * <p>Checks run in the supply chain's order: role, arguments, unit existence, then each batch's
 * existence, custody, packing and handoff state.
 */
public final class Aggregation {

    /** At most this many batches in one unit, so that one transaction stays small. */
    public static final int MAX_BATCHES = 1000;

    private final BatchLedger batches;
    private final UnitLedger units;
    private final HashChain hashChain;
    private final Members members;

    public Aggregation(BatchLedger batches, UnitLedger units, HashChain hashChain, Members members) {
        this.batches = Objects.requireNonNull(batches, "batches");
        this.units = Objects.requireNonNull(units, "units");
        this.hashChain = Objects.requireNonNull(hashChain, "hashChain");
        this.members = Objects.requireNonNull(members, "members");
    }

    /** The custodian packs batches it holds, not packed, not pending handoff and not recalled, into a new unit. */
    public LogisticUnit pack(Submission submission, String sscc, String batchIds) {
        String caller = submission.callerMspId();
        CustodyRules.requireCustodyRole(members, caller, "pack a logistic unit");
        Sscc unitId = new Sscc(sscc);
        List<BatchId> contents = parseBatchIds(batchIds);

        if (units.findUnit(unitId).isPresent()) {
            throw new Refusal(ErrorCode.UNIT_EXISTS, "unit " + unitId + " already exists; unpack it or use another SSCC");
        }
        List<BatchStep> steps = new ArrayList<>();
        for (BatchId id : contents) {
            Batch batch = batches.existingBatch(id);
            CustodyRules.requireCustodian("batch " + id, batch.custodian(), caller);
            if (batch.packed().isPresent()) {
                throw new Refusal(ErrorCode.PACKED, "batch " + id + " is already packed in unit " + batch.packed().get());
            }
            CustodyRules.requireNoPendingHandoff("batch " + id, batch.pendingHandoff());
            BatchRecords.requireNotRecalled(batch);
            ProvenanceEvent packed = hashChain.next(batch, submission, EventType.PACKED, EventDetails.unit(unitId));
            steps.add(new BatchStep(batch.after(packed, batch.custodian(), null).packedInto(unitId), packed));
        }
        LogisticUnit unit = new LogisticUnit(unitId, contents, caller, submission.timestamp(), caller, null);
        units.record(unitId, unit, EventType.PACKED, steps);
        return unit;
    }

    /** The custodian unpacks a unit with no pending handoff: its batches stay with the custodian, loose. */
    public LogisticUnit unpack(Submission submission, String sscc) {
        String caller = submission.callerMspId();
        CustodyRules.requireCustodyRole(members, caller, "unpack a logistic unit");
        Sscc unitId = new Sscc(sscc);
        LogisticUnit unit = units.existingUnit(unitId);
        CustodyRules.requireCustodian("unit " + unitId, unit.custodian(), caller);
        CustodyRules.requireNoPendingHandoff("unit " + unitId, unit.pendingHandoff());

        List<BatchStep> steps = new ArrayList<>();
        for (BatchId id : unit.batches()) {
            Batch batch = batches.existingBatch(id);
            ProvenanceEvent unpacked = hashChain.next(batch, submission, EventType.UNPACKED, EventDetails.unit(unitId));
            steps.add(new BatchStep(batch.after(unpacked, batch.custodian(), null).packedInto(null), unpacked));
        }
        units.record(unitId, null, EventType.UNPACKED, steps);
        return unit;
    }

    /** The unit's current state; anyone may read it. */
    public LogisticUnit unit(String sscc) {
        return units.existingUnit(new Sscc(sscc));
    }

    /** {@code A,B,C}: at least one, at most {@link #MAX_BATCHES}, each a batch id, none twice; in id order. */
    private static List<BatchId> parseBatchIds(String batchIds) {
        if (batchIds == null || batchIds.isBlank()) {
            throw Refusal.invalidInput("batchIds is required: one or more batch ids, separated by commas");
        }
        String[] parts = batchIds.split(",", -1);
        if (parts.length > MAX_BATCHES) {
            throw Refusal.invalidInput("a unit holds at most " + MAX_BATCHES + " batches, not " + parts.length);
        }
        TreeSet<String> ids = new TreeSet<>();
        List<BatchId> contents = new ArrayList<>();
        for (String part : parts) {
            BatchId id = new BatchId(part);
            if (!ids.add(id.value())) {
                throw Refusal.invalidInput("batch " + id + " is listed twice");
            }
        }
        ids.forEach(id -> contents.add(new BatchId(id)));
        return contents;
    }
}
