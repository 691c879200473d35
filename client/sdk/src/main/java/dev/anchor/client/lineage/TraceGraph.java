package dev.anchor.client.lineage;

import dev.anchor.client.ProvenanceReader;
import dev.anchor.client.wire.AnchorJson;
import dev.anchor.model.lineage.BatchLink;
import dev.anchor.model.lineage.TraceNode;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The answer of {@link ProvenanceReader#traceBack} or {@link ProvenanceReader#traceForward}: the root and every batch
 * reachable from it in that direction (the root first, then breadth-first, each once), and the links followed (the
 * wire model's {@link BatchLink}s). The client's view of the wire model's {@link dev.anchor.model.lineage.TraceGraph}
 * (read through it and wrapped), with the answer's JSON kept.
 *
 * <pre>{@code
 * TraceGraph forward = auditor.traceForward("PEAR-002");
 * for (TraceNode n : forward.nodes()) {
 *     System.out.println(n.batchId() + " held by " + n.custodian());
 * }
 * }</pre>
 *
 * @param graph the trace as the wire model reads it
 * @param json  the answer exactly as the chaincode gave it
 */
public record TraceGraph(dev.anchor.model.lineage.TraceGraph graph, String json) {
    /** Requires the graph. */
    public TraceGraph {
        Objects.requireNonNull(graph, "graph");
    }

    /** Reads a trace from the chaincode's JSON ({@code TraceBack}, {@code TraceForward}), through the wire model. */
    public static TraceGraph fromJson(String json) {
        return new TraceGraph(AnchorJson.read(json, dev.anchor.model.lineage.TraceGraph.class, "the trace"), json);
    }

    /** @return the batch traced */
    public String root() {
        return graph.root();
    }

    /** @return {@code back} (ancestors) or {@code forward} (descendants) */
    public String direction() {
        return graph.direction() == null ? null : graph.direction().name().toLowerCase(Locale.ROOT);
    }

    /** @return the batches, root first */
    public List<TraceNode> nodes() {
        return orEmpty(graph.nodes());
    }

    /** @return the links, each from input to output */
    public List<BatchLink> edges() {
        return orEmpty(graph.edges());
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
