package dev.anchor.chaincode.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** The current state of a batch of product. {@code pendingHandoff} is null when none is pending. */
public record Batch(
        BatchId batchId,
        String custodian,
        int eventCount,
        Gtin gtin,
        String lastEventHash,
        PendingHandoff pendingHandoff,
        Instant producedAt,
        String producer,
        String productName,
        Quantity quantity,
        String site,
        String unit) {

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

    /** The batch after {@code event} was appended to its provenance. */
    Batch after(ProvenanceEvent event, String newCustodian, PendingHandoff newPendingHandoff) {
        return new Batch(batchId, newCustodian, event.seq(), gtin, event.hash(), newPendingHandoff,
                producedAt, producer, productName, quantity, site, unit);
    }
}
