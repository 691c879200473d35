package dev.anchor.client.lineage;

import dev.anchor.client.AnchorException;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.model.custody.BatchRecall;
import dev.anchor.client.wire.AnchorJson;
import dev.anchor.model.lineage.BatchLink;
import dev.anchor.model.lineage.TraceNode;

import java.util.List;
import java.util.Objects;

/**
 * Every batch a recall reached (the recalled batch and all its descendants), with its custodian and whether that
 * custodian acknowledged the recall: the client's view of the wire model's {@link dev.anchor.model.recall.RecallReport}
 * (read through it), with the answer's JSON kept.
 *
 * <pre>{@code
 * RecallReport report = auditor.recallReport("PEAR-002");
 * long open = report.affected().stream().filter(n -> n.recall().acknowledgedBy() == null).count();
 * }</pre>
 *
 * @param recall   the recall: which batch, why, by whom, when
 * @param affected the batches it reached, the recalled batch first
 * @param edges    the links between them
 * @param json     the answer exactly as the chaincode gave it
 */
public record RecallReport(BatchRecall recall, List<TraceNode> affected, List<BatchLink> edges, String json) {
    /** Copies the lists. */
    public RecallReport {
        affected = List.copyOf(Objects.requireNonNull(affected, "affected"));
        edges = List.copyOf(Objects.requireNonNull(edges, "edges"));
    }

    /**
     * Reads the answer of {@code GetRecallReport}.
     *
     * @throws AnchorException with {@link ErrorCode#UNEXPECTED} when it is not a JSON object with a recall
     */
    /** Reads a recall report from the chaincode's JSON ({@code RecallReport}), through the wire model. */
    public static RecallReport fromJson(String json) {
        dev.anchor.model.recall.RecallReport report =
                AnchorJson.read(json, dev.anchor.model.recall.RecallReport.class, "the recall report");
        if (report.recall() == null) {
            throw new AnchorException(ErrorCode.UNEXPECTED, "cannot read the recall report: it has no recall");
        }
        return new RecallReport(report.recall(), TraceGraph.nodes(report.affected()),
                TraceGraph.edges(report.edges()), json);
    }
}
