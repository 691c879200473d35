package dev.anchor.chaincode.domain;

import java.util.List;

/** Which way a trace follows the batch graph: to the inputs (ancestors) or to the outputs (descendants). */
public enum TraceDirection {
    BACK,
    FORWARD;

    /** The links one step away from {@code batchId} in this direction. */
    List<BatchLink> links(LineageLedger lineage, BatchId batchId) {
        return this == BACK ? lineage.inputsOf(batchId) : lineage.outputsOf(batchId);
    }

    /** The batch a link leads to, seen from the side this direction comes from. */
    BatchId next(BatchLink link) {
        return this == BACK ? link.input() : link.output();
    }
}
