package dev.anchor.chaincode.domain.unit;

import dev.anchor.chaincode.domain.custody.Holding;
import dev.anchor.chaincode.domain.custody.PendingHandoff;
import dev.anchor.chaincode.domain.shared.BatchId;
import dev.anchor.chaincode.domain.shared.Sscc;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A logistic unit (a case, a pallet) named by its SSCC, and the batches packed in it, in batch id
 * order. It travels as a whole: its custodian is the custodian of every batch in it, and a handoff
 * of the unit is a handoff of each of them. {@code pendingHandoff} is null when none is pending.
 */
public record LogisticUnit(
        Sscc sscc,
        List<BatchId> batches,
        String custodian,
        Instant packedAt,
        String packedBy,
        PendingHandoff pendingHandoff) implements Holding {

    public LogisticUnit {
        Objects.requireNonNull(sscc, "sscc");
        Objects.requireNonNull(custodian, "custodian");
        Objects.requireNonNull(packedAt, "packedAt");
        Objects.requireNonNull(packedBy, "packedBy");
        batches = List.copyOf(batches);
        if (batches.isEmpty()) {
            throw new IllegalArgumentException("a logistic unit holds at least one batch");
        }
    }

    public Optional<PendingHandoff> pending() {
        return Optional.ofNullable(pendingHandoff);
    }

    LogisticUnit handedTo(String newCustodian, PendingHandoff newPendingHandoff) {
        return new LogisticUnit(sscc, batches, newCustodian, packedAt, packedBy, newPendingHandoff);
    }

    @Override
    public String toString() {
        return "unit " + sscc;
    }
}
