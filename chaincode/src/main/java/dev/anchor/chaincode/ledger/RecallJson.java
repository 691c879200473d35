package dev.anchor.chaincode.ledger;

import dev.anchor.chaincode.domain.recall.RecallReport;
import dev.anchor.model.json.CanonicalForm;

/** Recalls on the wire: the recall report, nodes and edges as in a trace. */
public final class RecallJson {

    private RecallJson() {
    }

    /** The answer of GetRecallReport. */
    public static byte[] encodeRecallReport(RecallReport report) {
        return CanonicalForm.write(new dev.anchor.model.recall.RecallReport(LineageJson.nodes(report.affected()),
                LineageJson.edges(report.affected()), CustodyJson.wire(report.recall())));
    }
}
