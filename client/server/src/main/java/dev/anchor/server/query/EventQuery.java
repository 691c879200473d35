package dev.anchor.server.query;

import java.util.List;
import java.util.Map;

/**
 * An EPCIS 2.0 SimpleEventQuery: the standard's query parameters (openapi.yaml, {@code GET /events}), each with
 * its values. Parameters AND together; the values of one parameter OR together.
 * TODO(store helper): parse and validate every parameter of the standard.
 */
public record EventQuery(Map<String, List<String>> parameters) {
    public EventQuery {
        parameters = Map.copyOf(parameters);
    }
}
