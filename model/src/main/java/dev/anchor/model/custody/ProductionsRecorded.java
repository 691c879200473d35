package dev.anchor.model.custody;

import java.util.List;

/**
 * The answer of {@code RecordProductions}: the batches it recorded, in the order of its entries. Only their ids, so
 * that the answer (which the request record keeps too) stays small; {@code GetBatch} reads each.
 *
 * @param recorded the ids of the batches recorded
 */
public record ProductionsRecorded(List<String> recorded) {
}
