package dev.anchor.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchor.client.epcis.EpcisDocuments;
import dev.anchor.server.store.StoredEvent;
import dev.anchor.server.verification.LedgerVerdict;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The EPCISQueryDocument of a query's answer, as the SDK writes it for the ledger's own queries
 * ({@link EpcisDocuments#queryDocument}): the events as captured, each with its {@code eventID}, under the contexts
 * they were captured with. Each event also says where the ledger committed it, in the {@code anchor:} namespace
 * ({@code urn:anchor:epcis:}, docs/epcis.md):
 * <pre>{@code "anchor:ledger": {"eventHash": "ni:///sha-256;…?ver=CBV2.0", "blockNumber": 12, "transactionId": "…",
 *                  "capturedBy": "DistributorMSP", "capturedAt": "2026-12-03T10:15:30Z"}}</pre>
 */
final class QueryDocuments {
    /** The member of each event that ties it to the ledger. */
    static final String LEDGER = "anchor:ledger";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private QueryDocuments() {
    }

    /**
     * @param queryName the query's name: {@code SimpleEventQuery}, or the named query's
     * @param events    the answer's events, in order
     */
    static ObjectNode of(String queryName, List<StoredEvent> events, Instant created) {
        return of(queryName, events, Map.of(), created);
    }

    /**
     * As {@link #of(String, List, Instant)}, and each event with a verdict also says, in its {@code anchor:ledger},
     * {@code "verified": true}, or {@code false} with the {@code "problem"}.
     */
    static ObjectNode of(String queryName, List<StoredEvent> events, Map<String, LedgerVerdict> verdicts,
                         Instant created) {
        List<JsonNode> records = new ArrayList<>();
        for (StoredEvent event : events) {
            ObjectNode record = MAPPER.createObjectNode();
            record.set("context", event.context());
            record.set("event", event.event());
            record.put("eventId", event.eventId());
            records.add(record);
        }
        ObjectNode document = EpcisDocuments.queryDocument(records, created);
        ArrayNode context = (ArrayNode) document.get("@context");
        ObjectNode anchor = MAPPER.createObjectNode().put("anchor", "urn:anchor:epcis:");
        if (!contains(context, anchor)) {
            context.add(anchor);
        }
        ObjectNode results = (ObjectNode) document.path("epcisBody").path("queryResults");
        results.put("queryName", queryName);
        JsonNode list = results.path("resultsBody").path("eventList");
        for (int i = 0; i < events.size(); i++) {
            StoredEvent stored = events.get(i);
            ObjectNode ledger = ((ObjectNode) list.get(i)).putObject(LEDGER);
            ledger.put("eventHash", stored.eventId());
            ledger.put("blockNumber", stored.blockNumber());
            ledger.put("transactionId", stored.transactionId());
            ledger.put("capturedBy", stored.capturedBy());
            ledger.put("capturedAt", stored.capturedAt().toString());
            LedgerVerdict verdict = verdicts.get(stored.eventId());
            if (verdict != null) {
                ledger.put("verified", verdict.verified());
                verdict.problem().ifPresent(problem -> ledger.put("problem", problem));
            }
        }
        return document;
    }

    private static boolean contains(ArrayNode array, JsonNode item) {
        for (JsonNode element : array) {
            if (element.equals(item)) {
                return true;
            }
        }
        return false;
    }
}
