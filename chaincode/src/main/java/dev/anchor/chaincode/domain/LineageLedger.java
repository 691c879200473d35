package dev.anchor.chaincode.domain;

import java.util.List;

/**
 * The edges of the batch graph in the world state, indexed both ways: each read is one key range that touches
 * exactly the links asked for.
 */
public interface LineageLedger {

    /** Stores the link under its output (as an input) and under its input (as an output). */
    void link(BatchLink link);

    /** The links whose output is {@code batchId}: what it was made from, ordered by input id. */
    List<BatchLink> inputsOf(BatchId batchId);

    /** The links whose input is {@code batchId}: what was made from it, ordered by output id. */
    List<BatchLink> outputsOf(BatchId batchId);
}
