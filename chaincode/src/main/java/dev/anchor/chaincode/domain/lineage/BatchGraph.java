package dev.anchor.chaincode.domain.lineage;

import dev.anchor.chaincode.domain.custody.Batch;
import dev.anchor.chaincode.domain.custody.BatchRecords;
import dev.anchor.chaincode.domain.shared.BatchId;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.chaincode.domain.shared.Refusal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Walks the batch graph from one batch, breadth-first, in one direction. It reads only what the answer holds: the
 * root's state (one key), then for each batch reached its links in that direction (one key range of the index, read
 * forward only for a batch that something was made from) and the state of each batch a link leads to. Forward, that
 * state is the copy the link's entry holds, so the children of a batch cost its one range and no key each; backward
 * (and forward for an entry written before copies existed) it is one key per batch. Nothing else of the ledger.
 * Iterative, so a deep graph costs no stack.
 */
public final class BatchGraph {

    /**
     * At most this many batches in a trace; beyond it the trace is refused with {@link ErrorCode#TRACE_TOO_LARGE}
     * (data-model.md, "Limits": it keeps a trace within the chaincode's execute timeout and the answer within the
     * gRPC message size).
     */
    public static final int MAX_TRACE_NODES = 20_000;
    /**
     * At most this many batches in one recall: each gets a new state and an event in the recall's write set, which
     * must stay within the orderer's 10 MB transaction limit (data-model.md, "Limits").
     */
    public static final int MAX_RECALL_NODES = 5_000;
    /** At most twice as many links as batches in one walk. */
    private static final int EDGES_PER_NODE = 2;

    private final BatchRecords records;
    private final LineageLedger lineage;

    public BatchGraph(BatchRecords records, LineageLedger lineage) {
        this.records = Objects.requireNonNull(records, "records");
        this.lineage = Objects.requireNonNull(lineage, "lineage");
    }

    /**
     * Every batch reachable from {@code root} (which must exist) in {@code direction}, and the links followed; refused
     * with {@link ErrorCode#TRACE_TOO_LARGE} as soon as it finds more than {@code maxNodes} batches.
     */
    public TraceGraph walk(BatchId root, TraceDirection direction, int maxNodes) {
        int maxEdges = maxNodes * EDGES_PER_NODE;
        List<TraceNode> nodes = new ArrayList<>();
        List<BatchLink> edges = new ArrayList<>();
        Set<BatchId> found = new HashSet<>();
        Deque<TraceNode> queue = new ArrayDeque<>();
        TraceNode start = new TraceNode(records.existing(root), 0);
        found.add(root);
        queue.add(start);
        while (!queue.isEmpty()) {
            TraceNode node = queue.poll();
            nodes.add(node);
            if (!direction.mayHaveLinks(node.batch())) {
                continue;
            }
            for (TraceStep step : direction.steps(lineage, node.batch().batchId())) {
                BatchLink link = step.link();
                edges.add(link);
                if (edges.size() > maxEdges) {
                    throw tooLarge(root, maxEdges + " links");
                }
                BatchId next = direction.next(link);
                if (found.add(next)) {
                    if (found.size() > maxNodes) {
                        throw tooLarge(root, maxNodes + " batches");
                    }
                    Batch reached = step.copyOf(next).orElseGet(() -> records.existing(next));
                    queue.add(new TraceNode(reached, node.depth() + 1));
                }
            }
        }
        return new TraceGraph(root, direction, nodes, edges);
    }

    private static Refusal tooLarge(BatchId root, String what) {
        return new Refusal(ErrorCode.TRACE_TOO_LARGE, "the graph of batch " + root + " reaches more than " + what);
    }
}
