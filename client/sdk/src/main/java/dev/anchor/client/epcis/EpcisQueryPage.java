package dev.anchor.client.epcis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to an EPCIS query: an EPCIS 2.0 {@code EPCISQueryDocument} (JSON-LD) whose
 * {@code epcisBody.queryResults.resultsBody.eventList} holds the events exactly as captured, each with its
 * {@code eventID} (the CBV 2.0 event hash it is stored under, added when the captured event had none), and the
 * bookmark of the next page.
 *
 * <pre>{@code
 * EpcisQueryPage page = client.queryEpcis(EpcisQuery.all().with("EQ_bizStep", "shipping"), 100, null);
 * page.events().forEach(e -> System.out.println(e.get("eventID").asText() + " " + e.get("eventTime").asText()));
 * Files.writeString(Path.of("shipped.jsonld"), page.document().toPrettyString());
 * }</pre>
 *
 * @param document the EPCISQueryDocument
 * @param bookmark where the next page starts; empty on the last page (a page may hold fewer events than its size
 *                 while more follow: only an empty bookmark says the answer is complete)
 */
public record EpcisQueryPage(ObjectNode document, Optional<String> bookmark) {

    public EpcisQueryPage {
        Objects.requireNonNull(document, "document");
        bookmark = Objects.requireNonNullElse(bookmark, Optional.<String>empty()).filter(b -> !b.isBlank());
    }

    /** @return the events of the document's event list, in the answer's order */
    public List<JsonNode> events() {
        List<JsonNode> events = new ArrayList<>();
        document.path("epcisBody").path("queryResults").path("resultsBody").path("eventList").forEach(events::add);
        return events;
    }

    /** @return whether there is a next page */
    public boolean hasMore() {
        return bookmark.isPresent();
    }
}
