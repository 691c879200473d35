package dev.anchor.model.recall;

import dev.anchor.model.custody.BatchRecall;
import dev.anchor.model.lineage.BatchLink;
import dev.anchor.model.lineage.TraceNode;
import java.util.List;

/**
 * The answer of {@code GetRecallReport}: a recall and every batch it reached, nodes and edges as in a trace.
 *
 * @param affected the batches the recall reached, the recalled batch first
 * @param edges    the links it followed
 * @param recall   the recall
 */
public record RecallReport(List<TraceNode> affected, List<BatchLink> edges, BatchRecall recall) {
}
