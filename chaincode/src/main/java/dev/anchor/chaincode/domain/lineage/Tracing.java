package dev.anchor.chaincode.domain.lineage;

import dev.anchor.chaincode.domain.custody.BatchLedger;
import dev.anchor.chaincode.domain.custody.BatchRecords;
import dev.anchor.chaincode.domain.custody.HashChain;
import dev.anchor.chaincode.domain.shared.BatchId;

/** Anyone traces a batch back to every ancestor, or forward to every descendant and where each is now. */
public final class Tracing {

    private final BatchGraph graph;

    public Tracing(BatchLedger ledger, LineageLedger lineage, HashChain hashChain) {
        this.graph = new BatchGraph(new BatchRecords(ledger, hashChain), lineage);
    }

    /** The batch and every batch it was made from, their inputs, and so on. */
    public TraceGraph back(String batchId) {
        return graph.walk(new BatchId(batchId), TraceDirection.BACK, BatchGraph.MAX_TRACE_NODES);
    }

    /** The batch and every batch made from it, theirs, and so on, each with its custodian. */
    public TraceGraph forward(String batchId) {
        return graph.walk(new BatchId(batchId), TraceDirection.FORWARD, BatchGraph.MAX_TRACE_NODES);
    }
}
