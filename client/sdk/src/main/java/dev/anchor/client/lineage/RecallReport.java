package dev.anchor.client.lineage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.anchor.client.AnchorException;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.custody.RecallStatus;
import dev.anchor.client.wire.AnchorJson;

import java.util.List;
import java.util.Objects;

/**
 * Every batch a recall reached (the recalled batch and all its descendants), with its custodian and whether that
 * custodian acknowledged the recall.
 *
 * <pre>{@code
 * RecallReport report = auditor.recallReport("PEAR-002");
 * long open = report.affected().stream().filter(n -> !n.recall().map(RecallStatus::acknowledged).orElse(false)).count();
 * }</pre>
 *
 * @param recall   the recall: which batch, why, by whom, when
 * @param affected the batches it reached, the recalled batch first
 * @param edges    the links between them
 * @param json     the answer exactly as the chaincode gave it
 */
public record RecallReport(RecallStatus recall, List<TraceNode> affected, List<TraceEdge> edges, String json) {
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
    public static RecallReport fromJson(String json) {
        JsonNode n = AnchorJson.parseObject(json, "the recall report");
        RecallStatus recall = RecallStatus.fromParent(n).orElseThrow(() ->
                new AnchorException(ErrorCode.UNEXPECTED, "cannot read the recall report: it has no recall"));
        return new RecallReport(recall, TraceGraph.nodes(n.get("affected")), TraceGraph.edges(n.get("edges")), json);
    }
}
