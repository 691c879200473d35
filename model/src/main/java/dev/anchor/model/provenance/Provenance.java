package dev.anchor.model.provenance;

import java.util.List;

/**
 * The answer of {@code GetProvenance}: a batch's events, oldest first.
 *
 * @param batchId the batch
 * @param events  its events
 */
public record Provenance(String batchId, List<ProvenanceEvent> events) {
}
