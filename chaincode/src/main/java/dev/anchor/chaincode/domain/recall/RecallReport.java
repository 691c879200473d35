package dev.anchor.chaincode.domain.recall;

import dev.anchor.chaincode.domain.custody.BatchRecall;
import dev.anchor.chaincode.domain.lineage.TraceGraph;
import java.util.Objects;

/**
 * A recalled batch and every batch its recall reached (the batch itself and all its descendants, as a forward
 * trace), each with its custodian and whether that custodian acknowledged the recall.
 */
public record RecallReport(BatchRecall recall, TraceGraph affected) {

    public RecallReport {
        Objects.requireNonNull(recall, "recall");
        Objects.requireNonNull(affected, "affected");
    }
}
