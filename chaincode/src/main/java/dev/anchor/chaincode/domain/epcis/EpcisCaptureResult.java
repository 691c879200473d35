package dev.anchor.chaincode.domain.epcis;

import dev.anchor.chaincode.domain.lineage.BatchLink;
import java.util.List;

/**
 * What a capture did: the ids of the events it recorded and of those already on the ledger (or earlier in the
 * same call), both in the order sent, and the batch-graph links its TransformationEvents made.
 */
public record EpcisCaptureResult(List<String> recorded, List<String> duplicates, List<BatchLink> links) {

    public EpcisCaptureResult {
        recorded = List.copyOf(recorded);
        duplicates = List.copyOf(duplicates);
        links = List.copyOf(links);
    }
}
