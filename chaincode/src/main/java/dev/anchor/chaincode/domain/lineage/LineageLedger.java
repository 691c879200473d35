package dev.anchor.chaincode.domain.lineage;

import dev.anchor.chaincode.domain.custody.BatchLedger;
import dev.anchor.chaincode.domain.shared.BatchId;
import java.util.List;

/**
 * The edges of the batch graph in the world state, indexed both ways: each read is one key range that touches
 * exactly the links asked for. The entry under the input (its outputs) also carries a copy of the output's current
 * state, which the ledger keeps current whenever it writes that batch ({@link BatchLedger#store}, {@link BatchLedger#mark}),
 * so that a trace forward reads the children of a batch with its one range.
 */
public interface LineageLedger {

    /** Stores the link under its output (as an input) and under its input (as an output, with the output's state). */
    void link(BatchLink link);

    /** The links whose output is {@code batchId}: what it was made from, ordered by input id. */
    List<BatchLink> inputsOf(BatchId batchId);

    /**
     * The links whose input is {@code batchId}: what was made from it, ordered by output id, each with the copy of
     * the output's state its entry holds (none in an entry written before copies existed).
     */
    List<TraceStep> outputsOf(BatchId batchId);
}
