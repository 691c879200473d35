package dev.anchor.chaincode.domain.lineage;

import dev.anchor.chaincode.domain.shared.BatchId;
import java.util.List;
import java.util.Objects;

/**
 * The answer of a trace: the root and every batch reachable from it in one direction ({@code nodes}, the root
 * first, then breadth-first, each once), and every link followed ({@code edges}, each from input to output).
 */
public record TraceGraph(BatchId root, TraceDirection direction, List<TraceNode> nodes, List<BatchLink> edges) {

    public TraceGraph {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(direction, "direction");
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }
}
