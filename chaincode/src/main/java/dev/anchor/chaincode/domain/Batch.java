package dev.anchor.chaincode.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The current state of a batch of product. {@code pendingHandoff} is null when none is pending,
 * {@code packedIn} when the batch is not packed in a logistic unit.
 */
public record Batch(
        BatchId batchId,
        String custodian,
        int eventCount,
        Gtin gtin,
        String lastEventHash,
        Sscc packedIn,
        PendingHandoff pendingHandoff,
        Instant producedAt,
        String producer,
        String productName,
        Quantity quantity,
        String site,
        String unit) implements Holding {

    public Batch {
        Objects.requireNonNull(batchId, "batchId");
        Objects.requireNonNull(custodian, "custodian");
        Objects.requireNonNull(gtin, "gtin");
        Objects.requireNonNull(lastEventHash, "lastEventHash");
        Objects.requireNonNull(producedAt, "producedAt");
        Objects.requireNonNull(producer, "producer");
        Objects.requireNonNull(productName, "productName");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(site, "site");
        Objects.requireNonNull(unit, "unit");
        if (eventCount < 1) {
            throw new IllegalArgumentException("a batch has at least its production event");
        }
    }

    public Optional<PendingHandoff> pending() {
        return Optional.ofNullable(pendingHandoff);
    }

    /** The logistic unit the batch is packed in, if any. */
    public Optional<Sscc> packed() {
        return Optional.ofNullable(packedIn);
    }

    /** The batch after {@code event} was appended to its provenance; it stays in its unit, if any. */
    Batch after(ProvenanceEvent event, String newCustodian, PendingHandoff newPendingHandoff) {
        return new Batch(batchId, newCustodian, event.seq(), gtin, event.hash(), packedIn, newPendingHandoff,
                producedAt, producer, productName, quantity, site, unit);
    }

    /** The same batch packed in {@code unit}, or in no unit when it is null. */
    Batch packedInto(Sscc unit) {
        return new Batch(batchId, custodian, eventCount, gtin, lastEventHash, unit, pendingHandoff,
                producedAt, producer, productName, quantity, site, this.unit);
    }
}
