package dev.anchor.model.epcis;

import java.util.List;

/**
 * One page of {@code QueryEpcisEvents}.
 *
 * @param bookmark where the next page starts; null on the last page
 * @param events   the matching records
 */
public record EpcisPage(String bookmark, List<EpcisLedgerRecord> events) {
}
