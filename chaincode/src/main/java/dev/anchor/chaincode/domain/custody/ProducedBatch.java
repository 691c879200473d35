package dev.anchor.chaincode.domain.custody;

import dev.anchor.chaincode.domain.provenance.ProvenanceEvent;
import java.util.Objects;

/** A newly produced batch and its first ({@code PRODUCED}) event, checked and sealed but not yet stored. */
record ProducedBatch(Batch batch, ProvenanceEvent event) {

    ProducedBatch {
        Objects.requireNonNull(batch, "batch");
        Objects.requireNonNull(event, "event");
    }
}
