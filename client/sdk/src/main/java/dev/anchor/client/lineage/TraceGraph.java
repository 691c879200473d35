package dev.anchor.client.lineage;

import dev.anchor.client.ProvenanceReader;
import dev.anchor.client.wire.AnchorJson;
import dev.anchor.model.lineage.BatchLink;
import dev.anchor.model.lineage.TraceNode;

import java.util.List;
import java.util.Objects;

/**
 * The answer of {@link ProvenanceReader#traceBack} or {@link ProvenanceReader#traceForward}: the root and every batch
 * reachable from it in that direction (the root first, then breadth-first, each once), and the links followed (the
 * wire model's {@link BatchLink}s). The client's view of the wire model's {@link dev.anchor.model.lineage.TraceGraph}
 * (read through it), with the answer's JSON kept.
 *
 * <pre>{@code
 * TraceGraph forward = auditor.traceForward("PEAR-002");
 * for (TraceNode n : forward.nodes()) {
 *     System.out.println(n.batchId() + " held by " + n.custodian());
 * }
 * }</pre>
 *
 * @param root      the batch traced
 * @param direction {@code back} (ancestors) or {@code forward} (descendants)
 * @param nodes     the batches, root first
 * @param edges     the links, each from input to output
 * @param json      the answer exactly as the chaincode gave it
 */
public record TraceGraph(String root, String direction, List<TraceNode> nodes, List<BatchLink> edges, String json) {
    /** Copies the lists. */
    public TraceGraph {
        nodes = List.copyOf(Objects.requireNonNull(nodes, "nodes"));
        edges = List.copyOf(Objects.requireNonNull(edges, "edges"));
    }

    /** Reads a trace from the chaincode's JSON ({@code TraceBack}, {@code TraceForward}), through the wire model. */
    public static TraceGraph fromJson(String json) {
        dev.anchor.model.lineage.TraceGraph graph =
                AnchorJson.read(json, dev.anchor.model.lineage.TraceGraph.class, "the trace");
        return new TraceGraph(graph.root(), graph.direction() == null ? null : graph.direction().name().toLowerCase(),
                nodes(graph.nodes()), edges(graph.edges()), json);
    }

    static List<TraceNode> nodes(List<TraceNode> nodes) {
        return nodes == null ? List.of() : nodes;
    }

    static List<BatchLink> edges(List<BatchLink> edges) {
        return edges == null ? List.of() : edges;
    }
}
