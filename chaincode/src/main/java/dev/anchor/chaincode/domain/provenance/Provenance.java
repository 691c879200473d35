package dev.anchor.chaincode.domain.provenance;

import dev.anchor.chaincode.domain.shared.BatchId;
import java.util.List;
import java.util.Objects;

/** All provenance events of one batch, oldest first. */
public record Provenance(BatchId batchId, List<ProvenanceEvent> events) {

    public Provenance {
        Objects.requireNonNull(batchId, "batchId");
        events = List.copyOf(events);
    }
}
