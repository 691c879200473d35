package dev.anchor.benchmark;

import dev.anchor.client.Organization;
import dev.anchor.client.ProvenanceReader;
import dev.anchor.client.lineage.TraceGraph;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The trace round: concurrent readers trace forward from the root of a {@link WideGraph} (10,100 descendants at
 * width 100), as the auditor, through the SDK: one evaluate on the auditor's peer, which reads one key and one
 * link range per batch of the answer, then parsing the whole graph.
 */
final class TraceWorkload implements Workload {
    private final WideGraph graph;
    private final ProvenanceReader auditor;
    private String root;

    TraceWorkload(WideGraph graph, Participants participants) {
        this.graph = graph;
        this.auditor = participants.as(Organization.AUDITOR);
    }

    @Override
    public RoundKind kind() {
        return RoundKind.TRACE;
    }

    @Override
    public List<String> prepare(int workers) {
        long start = System.nanoTime();
        root = graph.ensure();
        TraceGraph answer = auditor.traceForward(root);
        if (answer.nodes().size() != graph.size()) {
            throw new BenchmarkException("the trace forward from " + root + " answers " + answer.nodes().size()
                    + " batches, not " + graph.size());
        }
        return List.of(String.format(Locale.ROOT, "traced forward from %s: %d batches, %d links, %d bytes of JSON "
                        + "(made ready in %.1f s)", root, answer.nodes().size(), answer.edges().size(),
                answer.json().getBytes(StandardCharsets.UTF_8).length, (System.nanoTime() - start) / 1e9));
    }

    @Override
    public Operation operation(int worker) {
        return sequence -> auditor.traceForward(root);
    }
}
