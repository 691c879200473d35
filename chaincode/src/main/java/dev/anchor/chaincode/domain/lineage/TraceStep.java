package dev.anchor.chaincode.domain.lineage;

import dev.anchor.chaincode.domain.custody.Batch;
import dev.anchor.chaincode.domain.shared.BatchId;
import java.util.Objects;
import java.util.Optional;

/**
 * One link a trace follows, and the state of the batch it leads to when the ledger keeps a copy of it beside the link
 * (forward: the output-link entry holds the output's current state); {@code reached} is null when it does not (links
 * backward, entries written before copies existed), and the trace then reads the batch itself.
 */
public record TraceStep(BatchLink link, Batch reached) {

    public TraceStep {
        Objects.requireNonNull(link, "link");
    }

    /** A link without a copy of the batch it leads to. */
    static TraceStep of(BatchLink link) {
        return new TraceStep(link, null);
    }

    /** The copy of the batch this step leads to, when the ledger holds one for {@code next}. */
    Optional<Batch> copyOf(BatchId next) {
        return Optional.ofNullable(reached).filter(batch -> batch.batchId().equals(next));
    }
}
