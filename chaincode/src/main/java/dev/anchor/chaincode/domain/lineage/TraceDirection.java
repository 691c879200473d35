package dev.anchor.chaincode.domain.lineage;

import dev.anchor.chaincode.domain.custody.Batch;
import dev.anchor.chaincode.domain.shared.BatchId;
import java.util.List;

/** Which way a trace follows the batch graph: to the inputs (ancestors) or to the outputs (descendants). */
public enum TraceDirection {
    BACK,
    FORWARD;

    /**
     * The links one step away from {@code batchId} in this direction; forward, each with the copy of the output's
     * state that the link's entry holds, so that the trace need not read the output.
     */
    List<TraceStep> steps(LineageLedger lineage, BatchId batchId) {
        return this == BACK ? lineage.inputsOf(batchId).stream().map(TraceStep::of).toList()
                : lineage.outputsOf(batchId);
    }

    /**
     * Whether {@code batch} can have links in this direction: forward only when something was made from it
     * ({@link Batch#madeIntoOthers()}); a trace skips the link range of the others, which in a wide graph are most
     * batches (its leaves), and each range costs the chaincode two calls to the peer (open and close).
     */
    boolean mayHaveLinks(Batch batch) {
        return this == BACK || batch.madeIntoOthers();
    }

    /** The batch a link leads to, seen from the side this direction comes from. */
    BatchId next(BatchLink link) {
        return this == BACK ? link.input() : link.output();
    }
}
