package dev.anchor.model.provenance;

import java.util.List;

/**
 * The payload of the chaincode event of a transaction that appended one event of the same type to each of several
 * batches ({@code RecordProductions}): the events, in the order the transaction appended them, exactly as stored.
 *
 * @param events the events
 */
public record AnnouncedEvents(List<ProvenanceEvent> events) {
}
