package dev.anchor.server.subscription;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchor.server.store.StoredEvent;

import java.util.List;

/** Writes the EPCISQueryDocument that delivers some events of a named query (the HTTP layer's own query answer). */
@FunctionalInterface
public interface QueryDocumentWriter {
    /** @param events the events to deliver, in order; empty for a scheduled run that reports nothing new */
    ObjectNode document(String queryName, List<StoredEvent> events);
}
