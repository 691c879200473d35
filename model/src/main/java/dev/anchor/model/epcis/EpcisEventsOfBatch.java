package dev.anchor.model.epcis;

import java.util.List;

/**
 * The answer of {@code GetEpcisEventsOfBatch}: the captured events that name a batch, in time order.
 *
 * @param batchId the batch
 * @param events  the records
 */
public record EpcisEventsOfBatch(String batchId, List<EpcisLedgerRecord> events) {
}
