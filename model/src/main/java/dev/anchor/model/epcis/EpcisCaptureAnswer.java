package dev.anchor.model.epcis;

import dev.anchor.model.lineage.BatchLink;
import java.util.List;

/**
 * The answer of {@code CaptureEpcisEvents}.
 *
 * @param duplicates the ids of events already on the ledger (not written again)
 * @param links      the lineage links the transformation events made
 * @param recorded   the ids of the events written
 */
public record EpcisCaptureAnswer(List<String> duplicates, List<BatchLink> links, List<String> recorded) {
}
