package dev.anchor.chaincode.domain.unit;

import dev.anchor.chaincode.domain.custody.BatchStep;
import dev.anchor.model.vocabulary.EventType;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.chaincode.domain.shared.Refusal;
import dev.anchor.chaincode.domain.shared.Sscc;
import java.util.List;
import java.util.Optional;

/** Where logistic units are kept: the world state, seen by aggregation and unit handoffs. */
public interface UnitLedger {

    Optional<LogisticUnit> findUnit(Sscc sscc);

    /** The unit, or a {@code UNIT_NOT_FOUND} refusal. */
    default LogisticUnit existingUnit(Sscc sscc) {
        return findUnit(sscc).orElseThrow(() -> new Refusal(ErrorCode.UNIT_NOT_FOUND, "unit " + sscc + " does not exist"));
    }

    /**
     * Stores the unit's new state (or removes the unit when {@code unit} is null), every batch step
     * (event and batch), and announces them together as one chaincode event.
     */
    void record(Sscc sscc, LogisticUnit unit, EventType type, List<BatchStep> steps);
}
