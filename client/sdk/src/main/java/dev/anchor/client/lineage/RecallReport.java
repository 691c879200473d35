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
 * (read through it and wrapped), with the answer's JSON kept.
 *
 * <pre>{@code
 * RecallReport report = auditor.recallReport("PEAR-002");
 * long open = report.affected().stream().filter(n -> n.recall().acknowledgedBy() == null).count();
 * }</pre>
 *
 * @param report the report as the wire model reads it
 * @param json   the answer exactly as the chaincode gave it
 */
public record RecallReport(dev.anchor.model.recall.RecallReport report, String json) {
    /** Requires the report and its recall. */
    public RecallReport {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(report.recall(), "recall");
    }

    /**
     * Reads the answer of {@code GetRecallReport}, through the wire model.
     *
     * @throws AnchorException with {@link ErrorCode#UNEXPECTED} when it is not a JSON object with a recall
     */
    public static RecallReport fromJson(String json) {
        dev.anchor.model.recall.RecallReport report =
                AnchorJson.read(json, dev.anchor.model.recall.RecallReport.class, "the recall report");
        if (report.recall() == null) {
            throw new AnchorException(ErrorCode.UNEXPECTED, "cannot read the recall report: it has no recall");
        }
        return new RecallReport(report, json);
    }

    /** @return the recall: which batch, why, by whom, when */
    public BatchRecall recall() {
        return report.recall();
    }

    /** @return the batches it reached, the recalled batch first */
    public List<TraceNode> affected() {
        return TraceGraph.orEmpty(report.affected());
    }

    /** @return the links between them */
    public List<BatchLink> edges() {
        return TraceGraph.orEmpty(report.edges());
    }
}
