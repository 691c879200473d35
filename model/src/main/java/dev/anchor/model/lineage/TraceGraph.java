package dev.anchor.model.lineage;

import java.util.List;

/**
 * The answer of {@code TraceBack} and {@code TraceForward}: the batches reached from {@code root} and the links
 * between them.
 *
 * @param direction which way the trace went
 * @param edges     the links followed
 * @param nodes     the batches reached, the root first
 * @param root      the batch traced from
 */
public record TraceGraph(TraceDirection direction, List<BatchLink> edges, List<TraceNode> nodes, String root) {
}
