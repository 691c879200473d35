package dev.anchor.client.epcis;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The events an EPCIS document holds, in order (public for {@code anchor serve}'s capture limit). */
public final class EpcisEvents {
    static final Set<String> EVENT_TYPES = Set.of("ObjectEvent", "AggregationEvent", "TransactionEvent",
            "TransformationEvent", "AssociationEvent");

    private EpcisEvents() {
    }

    /**
     * The {@code epcisBody.eventList} of an EPCISDocument, the result events of an EPCISQueryDocument, or the
     * document itself when it is one event; empty when the document is none of these.
     */
    public static Optional<List<JsonNode>> of(JsonNode document) {
        String type = document == null ? "" : document.path("type").asText();
        JsonNode list;
        if ("EPCISDocument".equals(type)) {
            list = document.path("epcisBody").path("eventList");
        } else if ("EPCISQueryDocument".equals(type)) {
            list = document.path("epcisBody").path("queryResults").path("resultsBody").path("eventList");
        } else if (EVENT_TYPES.contains(type)) {
            return Optional.of(List.of(document));
        } else {
            return Optional.empty();
        }
        List<JsonNode> events = new ArrayList<>();
        list.forEach(events::add);
        return Optional.of(events);
    }
}
