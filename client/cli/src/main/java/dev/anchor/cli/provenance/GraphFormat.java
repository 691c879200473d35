package dev.anchor.cli.provenance;

import dev.anchor.cli.TextFormat;
import dev.anchor.client.Organization;
import dev.anchor.model.custody.BatchRecall;
import dev.anchor.client.lineage.RecallReport;
import dev.anchor.model.lineage.BatchLink;
import dev.anchor.client.lineage.TraceGraph;
import dev.anchor.model.lineage.TraceNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Human-readable tables of batch graphs: traces back and forward, and recall reports. */
public final class GraphFormat {
    private GraphFormat() {
    }

    /** A heading, one row per batch (root first), then the links. */
    public static List<String> graph(TraceGraph g) {
        List<String> lines = new ArrayList<>();
        boolean back = "back".equals(g.direction());
        lines.add((back ? "Trace back from batch " : "Trace forward from batch ") + g.root() + ": "
                + count(g.nodes().size() - 1, back ? "ancestor" : "descendant") + ", " + count(g.edges().size(), "link"));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"DEPTH", "BATCH", "PRODUCT", "REMAINING", "HELD BY", "STATUS"});
        for (TraceNode n : g.nodes()) {
            rows.add(new String[] {Integer.toString(n.depth()), n.batchId(), n.productName(),
                    TextFormat.quantity(n.remaining()) + " of " + TextFormat.quantity(n.quantity()) + " " + n.unit(),
                    Organization.shortNameOf(n.custodian()), status(n)});
        }
        lines.addAll(table(rows));
        if (!g.edges().isEmpty()) {
            lines.add("links (input -> output: quantity consumed):");
            for (BatchLink e : g.edges()) {
                lines.add("  " + e.input() + " -> " + e.output() + ": " + TextFormat.quantity(e.quantity()) + " " + e.unit());
            }
        }
        return lines;
    }

    /** The recall, one row per affected batch with its custodian and acknowledgement, then a summary. */
    public static List<String> recallReport(RecallReport r) {
        BatchRecall recall = r.recall();
        List<String> lines = new ArrayList<>();
        lines.add("Recall of batch " + recall.recallOf() + " by " + Organization.shortNameOf(recall.recalledBy()) + " at "
                + TextFormat.time(recall.recalledAt()) + ": " + recall.reason());
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"DEPTH", "BATCH", "PRODUCT", "HELD BY", "ACKNOWLEDGED"});
        long acknowledged = 0;
        for (TraceNode n : r.affected()) {
            String ack = Optional.ofNullable(n.recall()).filter(s -> s.acknowledgedBy() != null)
                    .map(s -> "yes, " + TextFormat.time(s.acknowledgedAt())).orElse("no");
            acknowledged += ack.equals("no") ? 0 : 1;
            rows.add(new String[] {Integer.toString(n.depth()), n.batchId(), n.productName(),
                    Organization.shortNameOf(n.custodian()), ack});
        }
        lines.addAll(table(rows));
        lines.add(count(r.affected().size(), "batch") + " affected, " + acknowledged + " acknowledged, "
                + (r.affected().size() - acknowledged) + " waiting");
        return lines;
    }

    private static String status(TraceNode n) {
        List<String> parts = new ArrayList<>();
        Optional.ofNullable(n.recall()).ifPresent(s -> parts.add("RECALLED" + (s.recallOf().equals(n.batchId()) ? "" : " (via " + s.recallOf() + ")")));
        Optional.ofNullable(n.packedIn()).ifPresent(sscc -> parts.add("in unit " + sscc));
        Optional.ofNullable(n.pendingTo()).ifPresent(to -> parts.add("handoff to " + Organization.shortNameOf(to) + " pending"));
        return parts.isEmpty() ? "-" : String.join(", ", parts);
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : noun.endsWith("h") ? "es" : "s");
    }

    /** Columns padded to their widest cell, two blanks apart, indented by two. */
    private static List<String> table(List<String[]> rows) {
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], String.valueOf(row[i]).length());
            }
        }
        List<String> lines = new ArrayList<>();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder(" ");
            for (int i = 0; i < row.length; i++) {
                line.append(' ').append(String.format("%-" + widths[i] + "s", row[i])).append(i < row.length - 1 ? " " : "");
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }
}
