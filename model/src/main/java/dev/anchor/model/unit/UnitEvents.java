package dev.anchor.model.unit;

import dev.anchor.model.provenance.ProvenanceEvent;
import java.util.List;

/**
 * The payload of the chaincode event of a transaction on a logistic unit: the provenance events it appended, one per
 * batch in batch id order, exactly as stored.
 *
 * @param events the events
 * @param sscc   the unit
 */
public record UnitEvents(List<ProvenanceEvent> events, String sscc) {
}
