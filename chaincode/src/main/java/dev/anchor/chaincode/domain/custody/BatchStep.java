package dev.anchor.chaincode.domain.custody;

import dev.anchor.chaincode.domain.provenance.ProvenanceEvent;
import java.util.Objects;

/** One batch's part of a transaction on a logistic unit: the event appended and the batch after it. */
public record BatchStep(Batch batch, ProvenanceEvent event) {

    public BatchStep {
        Objects.requireNonNull(batch, "batch");
        Objects.requireNonNull(event, "event");
    }
}
