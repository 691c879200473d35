package dev.anchor.client.lineage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.anchor.client.AnchorException;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.ProvenanceReader;
import dev.anchor.client.wire.AnchorJson;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The answer of {@link ProvenanceReader#traceBack} or {@link ProvenanceReader#traceForward}: the root and every batch
 * reachable from it in that direction (the root first, then breadth-first, each once), and the links followed.
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
public record TraceGraph(String root, String direction, List<TraceNode> nodes, List<TraceEdge> edges, String json) {
    /** Copies the lists. */
    public TraceGraph {
        nodes = List.copyOf(Objects.requireNonNull(nodes, "nodes"));
        edges = List.copyOf(Objects.requireNonNull(edges, "edges"));
    }

    /**
     * Reads the answer of {@code TraceBack} or {@code TraceForward}.
     *
     * @throws AnchorException with {@link ErrorCode#UNEXPECTED} when it is not a JSON object
     */
    public static TraceGraph fromJson(String json) {
        JsonNode n = AnchorJson.parseObject(json, "the trace");
        return new TraceGraph(AnchorJson.text(n, "root"), AnchorJson.text(n, "direction"), nodes(n.get("nodes")),
                edges(n.get("edges")), json);
    }

    static List<TraceNode> nodes(JsonNode array) {
        List<TraceNode> nodes = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(node -> nodes.add(TraceNode.fromNode(node)));
        }
        return nodes;
    }

    static List<TraceEdge> edges(JsonNode array) {
        List<TraceEdge> edges = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(edge -> edges.add(TraceEdge.fromNode(edge)));
        }
        return edges;
    }
}
