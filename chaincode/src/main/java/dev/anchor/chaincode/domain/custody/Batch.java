package dev.anchor.chaincode.domain.custody;

import dev.anchor.chaincode.domain.provenance.ProvenanceEvent;
import dev.anchor.chaincode.domain.shared.BatchId;
import dev.anchor.chaincode.domain.shared.Gtin;
import dev.anchor.chaincode.domain.shared.Quantity;
import dev.anchor.chaincode.domain.shared.Sscc;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The current state of a batch of product. {@code pendingHandoff} is null when none is pending,
 * {@code packedIn} when the batch is not packed in a logistic unit; {@code remaining} is what transformations have
 * not yet consumed of {@code quantity}; {@code recall} is null unless the batch (or an ancestor of it) was recalled;
 * {@code outputsLinked} says that a captured EPCIS TransformationEvent linked the batch to an output (such a link
 * consumes nothing, so {@code remaining} does not show it); {@code inputsLinked} that the batch was made from others
 * (it is the output of a transformation, or a captured TransformationEvent linked it to an input), so that a write of
 * it knows, without reading anything, whether copies of its state are kept under its inputs (data-model.md, "Keys").
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
        String unit,
        BigDecimal remaining,
        BatchRecall recall,
        boolean outputsLinked,
        boolean inputsLinked) implements Holding {

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
        remaining = remaining == null ? quantity.value() : remaining.stripTrailingZeros();
        if (eventCount < 1) {
            throw new IllegalArgumentException("a batch has at least its production event");
        }
        if (remaining.signum() < 0 || remaining.compareTo(quantity.value()) > 0) {
            throw new IllegalArgumentException("remaining must be between 0 and the quantity");
        }
    }

    /** A batch that no captured EPCIS event linked to an output, and that was made from nothing. */
    public Batch(BatchId batchId, String custodian, int eventCount, Gtin gtin, String lastEventHash, Sscc packedIn,
            PendingHandoff pendingHandoff, Instant producedAt, String producer, String productName, Quantity quantity,
            String site, String unit, BigDecimal remaining, BatchRecall recall) {
        this(batchId, custodian, eventCount, gtin, lastEventHash, packedIn, pendingHandoff, producedAt, producer,
                productName, quantity, site, unit, remaining, recall, false, false);
    }

    /** A batch of which nothing was consumed and that is not recalled. */
    public Batch(BatchId batchId, String custodian, int eventCount, Gtin gtin, String lastEventHash, Sscc packedIn,
            PendingHandoff pendingHandoff, Instant producedAt, String producer, String productName, Quantity quantity,
            String site, String unit) {
        this(batchId, custodian, eventCount, gtin, lastEventHash, packedIn, pendingHandoff, producedAt, producer,
                productName, quantity, site, unit, null, null);
    }

    public Optional<PendingHandoff> pending() {
        return Optional.ofNullable(pendingHandoff);
    }

    /** The logistic unit the batch is packed in, if any. */
    public Optional<Sscc> packed() {
        return Optional.ofNullable(packedIn);
    }

    public Optional<BatchRecall> recalled() {
        return Optional.ofNullable(recall);
    }

    /**
     * Whether anything was made from this batch. Every link from a batch to an output is written by the
     * transformation that consumed a positive quantity of it, or by a captured EPCIS TransformationEvent, which sets
     * {@code outputsLinked}; so a batch with neither has no outputs, and a trace forward need not read its (empty)
     * link range.
     */
    public boolean madeIntoOthers() {
        return outputsLinked || remaining.compareTo(quantity.value()) < 0;
    }

    /** The batch after {@code event} was appended to its provenance; it stays in its unit, if any. */
    public Batch after(ProvenanceEvent event, String newCustodian, PendingHandoff newPendingHandoff) {
        return new Batch(batchId, newCustodian, event.seq(), gtin, event.hash(), packedIn, newPendingHandoff,
                producedAt, producer, productName, quantity, site, unit, remaining, recall, outputsLinked, inputsLinked);
    }

    /** The same batch packed in {@code unit}, or in no unit when it is null. */
    public Batch packedInto(Sscc unit) {
        return new Batch(batchId, custodian, eventCount, gtin, lastEventHash, unit, pendingHandoff,
                producedAt, producer, productName, quantity, site, this.unit, remaining, recall, outputsLinked, inputsLinked);
    }

    /** The batch after {@code event} consumed some of it, leaving {@code newRemaining}. */
    public Batch afterConsumption(ProvenanceEvent event, BigDecimal newRemaining) {
        return new Batch(batchId, custodian, event.seq(), gtin, event.hash(), packedIn, pendingHandoff,
                producedAt, producer, productName, quantity, site, unit, newRemaining, recall, outputsLinked, inputsLinked);
    }

    /** The batch after {@code event} recalled it, or acknowledged its recall. */
    public Batch afterRecall(ProvenanceEvent event, BatchRecall newRecall) {
        return new Batch(batchId, custodian, event.seq(), gtin, event.hash(), packedIn, pendingHandoff,
                producedAt, producer, productName, quantity, site, unit, remaining, newRecall, outputsLinked, inputsLinked);
    }

    /** The same batch, marked as linked to an output by a captured EPCIS TransformationEvent. */
    public Batch withLinkedOutputs() {
        return new Batch(batchId, custodian, eventCount, gtin, lastEventHash, packedIn, pendingHandoff,
                producedAt, producer, productName, quantity, site, unit, remaining, recall, true, inputsLinked);
    }

    /** The same batch, marked as made from others (linked to an input by a captured EPCIS TransformationEvent). */
    public Batch withLinkedInputs() {
        return new Batch(batchId, custodian, eventCount, gtin, lastEventHash, packedIn, pendingHandoff,
                producedAt, producer, productName, quantity, site, unit, remaining, recall, outputsLinked, true);
    }
}
