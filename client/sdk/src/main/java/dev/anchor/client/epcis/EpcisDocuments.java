package dev.anchor.client.epcis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchor.client.AnchorException;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.wire.AnchorJson;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * EPCIS 2.0 JSON-LD documents made from the records the chaincode stores for captured events
 * ({@code {"capturedAt":…,"context":…,"event":{…},"eventId":…,…}}): the events as captured, each with its
 * {@code eventID}, under one {@code @context} that holds the standard context and every context the events were
 * captured with (each once, in the order first met), so that their extension prefixes keep their meaning. Public
 * for {@code anchor serve}, which answers EPCIS queries with the same documents.
 */
public final class EpcisDocuments {
    /** The EPCIS 2.0 JSON-LD context. */
    public static final String STANDARD_CONTEXT = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";
    /**
     * The addresses GS1 publishes the EPCIS 2.0 context under: the 2.0.0 release, the latest release, and the
     * development copy its examples and the reference event hash generator use. Events captured under any of them
     * are written under {@link #STANDARD_CONTEXT} alone.
     */
    static final Set<String> STANDARD_CONTEXTS = Set.of(STANDARD_CONTEXT,
            "https://ref.gs1.org/standards/epcis/epcis-context.jsonld",
            "https://gs1.github.io/EPCIS/epcis-context.jsonld");

    private EpcisDocuments() {
    }

    /** The records of the chaincode's answer ({@code "events"}), in order. */
    public static List<JsonNode> records(JsonNode answer) {
        List<JsonNode> records = new ArrayList<>();
        answer.path("events").forEach(records::add);
        return records;
    }

    /**
     * The event of a record as captured, with {@code eventID} = the id it is stored under if it had none or a JSON-LD
     * blank node identifier ({@code _:event1}): a blank node is named only inside the document that wrote it, and
     * events of several captured documents, each with its own {@code _:event1}, meet in one document here.
     */
    static ObjectNode event(JsonNode record) {
        JsonNode stored = record.get("event");
        if (stored == null || !stored.isObject()) {
            throw new AnchorException(ErrorCode.UNEXPECTED, "a stored EPCIS record has no event: " + record);
        }
        ObjectNode event = stored.deepCopy();
        JsonNode given = event.get("eventID");
        if (given != null && given.isTextual() && EpcisIdentifierFormat.isBlankNode(given.textValue())) {
            event.put("eventID", AnchorJson.text(record, "eventId"));
        } else if (!event.hasNonNull("eventID")) {
            ObjectNode withId = AnchorJson.MAPPER.createObjectNode();
            withId.put("eventID", AnchorJson.text(record, "eventId"));
            withId.setAll(event);
            return withId;
        }
        return event;
    }

    /**
     * An EPCISQueryDocument of SimpleEventQuery holding the records' events.
     *
     * @param records the stored records ({@code {"context":…,"event":{…},"eventId":…}}), in the answer's order
     * @param created the document's creation date
     */
    public static ObjectNode queryDocument(List<JsonNode> records, Instant created) {
        MergedContext merged = MergedContext.of(records);
        ObjectNode document = header("EPCISQueryDocument", merged, created);
        ObjectNode results = document.putObject("epcisBody").putObject("queryResults");
        results.put("queryName", "SimpleEventQuery");
        ArrayNode events = results.putObject("resultsBody").putArray("eventList");
        for (int i = 0; i < records.size(); i++) {
            events.add(merged.written(i, event(records.get(i))));
        }
        return document;
    }

    /** One EPCISQueryDocument holding the events of the pages in order, under all their contexts. */
    static ObjectNode joined(List<EpcisQueryPage> pages, Instant created) {
        List<JsonNode> records = new ArrayList<>();
        for (EpcisQueryPage page : pages) {
            JsonNode context = page.document().get("@context");
            for (JsonNode event : page.events()) {
                ObjectNode record = AnchorJson.MAPPER.createObjectNode();
                record.set("context", context);
                record.set("event", event);
                records.add(record);
            }
        }
        return queryDocument(records, created);
    }

    /** {@code @context} (the records' contexts merged), {@code type}, {@code schemaVersion}, {@code creationDate}. */
    static ObjectNode header(String type, MergedContext merged, Instant created) {
        ObjectNode document = AnchorJson.MAPPER.createObjectNode();
        document.set("@context", merged.context());
        document.put("type", type);
        document.put("schemaVersion", "2.0");
        document.put("creationDate", created.toString());
        return document;
    }

    /** Any address of the standard context: one in the document is enough. */
    static boolean isStandard(JsonNode item) {
        return item.isTextual() && STANDARD_CONTEXTS.contains(item.textValue());
    }
}
