package dev.anchor.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchor.client.EpcisCaptureReport;
import dev.anchor.client.EpcisEventHash;
import dev.anchor.client.EpcisQuery;
import dev.anchor.client.EpcisQueryPage;
import dev.anchor.client.EpcisSchema;
import dev.anchor.client.ProductionRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.anchor.client.Organization.AUDITOR;
import static dev.anchor.client.Organization.DISTRIBUTOR;
import static dev.anchor.client.Organization.MANUFACTURER;
import static dev.anchor.client.Organization.RETAILER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The EPCIS round trip on the real network: a document captured through the SDK comes back from queries (each
 * parameter, combinations, patterns, pages) and from the batch's export as the same events with the same CBV 2.0
 * event hashes. The run's events have times and identifiers no other run uses.
 */
class EpcisRoundTripIT {
    @RegisterExtension
    static final TestNetwork network = TestNetwork.open();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GTIN = "09506000134352";
    /** Far from the other tests' event times (which are near now), and new on every run. */
    private static final Instant BASE = Instant.now().plus(Duration.ofDays(3000)).truncatedTo(ChronoUnit.MILLIS);
    /** Digits that make this run's EPCs, locations and classes its own. */
    private static final String RUN = Long.toString(BASE.toEpochMilli() % 10_000_000_000L);
    /** Valid GS1 keys (the event hash reads them), made this run's own by their serial, extension or lot. */
    private static final String SGTIN = "urn:epc:id:sgtin:0614141.107346.R" + RUN + "S";
    private static final String READ_POINT = "urn:epc:id:sgln:0614141.07346.R" + RUN;
    private static final String LOCATION = "urn:epc:id:sgln:0614141.07346.L" + RUN;
    private static final String SSCC = "urn:epc:id:sscc:0614141." + String.format("%010d", Long.parseLong(RUN));
    private static final String LOT = "urn:epc:class:lgtin:4012345.012345.R" + RUN + "L";

    private static String batch;
    /** Each event's name and its id (the hash the SDK computed), in document order. */
    private static final Map<String, String> IDS = new LinkedHashMap<>();
    private static ObjectNode document;

    private static String time(int second) {
        return BASE.plusSeconds(second).toString();
    }

    @BeforeAll
    static void capture() throws Exception {
        batch = TestNetwork.uniqueBatchId("ROUNDTRIP");
        network.as(MANUFACTURER).recordProduction(new ProductionRecord(batch, GTIN, "Conference pears",
                new BigDecimal("1200"), "kg", "Orchard Lane"));
        network.settle();
        String lotOfBatch = "https://id.gs1.org/01/" + GTIN + "/10/" + batch;
        String events = String.join(",",
                "{\"type\":\"ObjectEvent\",\"action\":\"OBSERVE\",\"eventTime\":\"" + time(1) + "\",\"eventTimeZoneOffset\":\"+00:00\","
                        + "\"epcList\":[\"" + SGTIN + "1\",\"" + SGTIN + "2\"],\"bizStep\":\"shipping\",\"disposition\":\"in_transit\","
                        + "\"readPoint\":{\"id\":\"" + READ_POINT + "\"},\"quantityList\":[{\"epcClass\":\"" + lotOfBatch
                        + "\",\"quantity\":600,\"uom\":\"KGM\"}],\"example:note\":\"kept as captured\"}",
                "{\"type\":\"ObjectEvent\",\"action\":\"OBSERVE\",\"eventTime\":\"" + time(2) + "\",\"eventTimeZoneOffset\":\"+02:00\","
                        + "\"epcList\":[\"" + SGTIN + "2\"],\"bizStep\":\"https://ref.gs1.org/cbv/BizStep-receiving\","
                        + "\"disposition\":\"in_progress\",\"bizLocation\":{\"id\":\"" + LOCATION + "\"}}",
                "{\"type\":\"AggregationEvent\",\"action\":\"ADD\",\"eventTime\":\"" + time(3) + "\",\"eventTimeZoneOffset\":\"+00:00\","
                        + "\"parentID\":\"" + SSCC + "\",\"childEPCs\":[\"" + SGTIN + "3\"],"
                        + "\"childQuantityList\":[{\"epcClass\":\"" + LOT + "7\",\"quantity\":10}],\"bizStep\":\"packing\","
                        + "\"readPoint\":{\"id\":\"" + READ_POINT + "\"}}",
                "{\"type\":\"TransformationEvent\",\"eventTime\":\"" + time(4) + "\",\"eventTimeZoneOffset\":\"+00:00\","
                        + "\"inputEPCList\":[\"" + SGTIN + "1\"],\"inputQuantityList\":[{\"epcClass\":\"" + LOT + "8\",\"quantity\":5}],"
                        + "\"outputQuantityList\":[{\"epcClass\":\"" + LOT + "9\",\"quantity\":4}],\"bizStep\":\"commissioning\"}",
                "{\"type\":\"TransactionEvent\",\"action\":\"ADD\",\"eventTime\":\"" + time(5) + "\",\"eventTimeZoneOffset\":\"+00:00\","
                        + "\"bizTransactionList\":[{\"type\":\"po\",\"bizTransaction\":\"urn:epcglobal:cbv:bt:0614141073467:" + RUN + "\"}],"
                        + "\"epcList\":[\"" + SGTIN + "4\"],\"bizStep\":\"shipping\",\"disposition\":\"in_transit\","
                        + "\"readPoint\":{\"id\":\"" + READ_POINT + "\"}}");
        document = (ObjectNode) JSON.readTree("{\"@context\":[\"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\","
                + "{\"example\":\"http://ns.example.com/epcis/\"}],\"type\":\"EPCISDocument\",\"schemaVersion\":\"2.0\","
                + "\"creationDate\":\"" + BASE + "\",\"epcisBody\":{\"eventList\":[" + events + "]}}");
        assertThat(EpcisSchema.validate(document)).isEmpty();
        List<String> hashes = EpcisEventHash.ofDocument(document);
        List<String> names = List.of("ship", "receive", "pack", "transform", "sell");
        for (int i = 0; i < names.size(); i++) {
            IDS.put(names.get(i), hashes.get(i));
        }

        EpcisCaptureReport report = network.as(DISTRIBUTOR).captureEpcis(document, 2, progress -> { });

        assertThat(report.recorded()).containsExactlyElementsOf(hashes);
        assertThat(report.duplicates()).isEmpty();
        network.settle();
    }

    /** The names of the events of the whole answer, in the answer's order. */
    private static List<String> names(EpcisQuery query) {
        EpcisQueryPage answer = network.as(RETAILER).queryEpcis(query);
        assertThat(EpcisSchema.validate(answer.document())).isEmpty();
        return names(answer.events());
    }

    private static List<String> names(List<JsonNode> events) {
        List<String> names = new ArrayList<>();
        for (JsonNode event : events) {
            String id = event.get("eventID").asText();
            names.add(IDS.entrySet().stream().filter(e -> e.getValue().equals(id)).map(Map.Entry::getKey)
                    .findFirst().orElse(id));
        }
        return names;
    }

    /** The run's time window, so that parameters other runs share select only this run's events. */
    private static EpcisQuery window() {
        return EpcisQuery.all().from(BASE).before(BASE.plusSeconds(30));
    }

    @Test
    void eachParameterFindsTheCapturedEvents() {
        assertThat(names(window())).containsExactly("ship", "receive", "pack", "transform", "sell");
        assertThat(names(window().with("eventType", "ObjectEvent"))).containsExactly("ship", "receive");
        assertThat(names(EpcisQuery.all().from(BASE.plusSeconds(3)).before(BASE.plusSeconds(5))))
                .containsExactly("pack", "transform");
        assertThat(names(window().with("EQ_bizStep", "shipping"))).containsExactly("ship", "sell");
        assertThat(names(window().with("EQ_bizStep", "urn:epcglobal:cbv:bizstep:receiving"))).containsExactly("receive");
        assertThat(names(window().with("EQ_disposition", "in_transit"))).containsExactly("ship", "sell");
        assertThat(names(EpcisQuery.all().with("EQ_bizLocation", LOCATION))).containsExactly("receive");
        assertThat(names(EpcisQuery.all().with("EQ_readPoint", READ_POINT))).containsExactly("ship", "pack", "sell");
        assertThat(names(EpcisQuery.all().with("MATCH_epc", SGTIN + "2"))).containsExactly("ship", "receive");
        assertThat(names(EpcisQuery.all().with("MATCH_anyEPC", SGTIN + "1"))).containsExactly("ship", "transform");
        assertThat(names(EpcisQuery.all().with("MATCH_anyEPC", SSCC))).containsExactly("pack");
        assertThat(names(EpcisQuery.all().with("MATCH_epcClass", LOT + "7"))).containsExactly("pack");
        assertThat(names(EpcisQuery.all().with("MATCH_anyEPCClass", LOT + "9"))).containsExactly("transform");
    }

    @Test
    void combinationsPatternsAndPages() {
        assertThat(names(EpcisQuery.all().with("EQ_readPoint", READ_POINT).with("EQ_bizStep", "shipping")
                .with("eventType", "TransactionEvent"))).containsExactly("sell");
        assertThat(names(EpcisQuery.all().with("MATCH_epc", SGTIN + "*")))
                .containsExactlyInAnyOrder("ship", "receive", "pack", "sell");
        assertThat(names(EpcisQuery.all().with("MATCH_anyEPCClass", LOT + "*"))).containsExactlyInAnyOrder("pack", "transform");
        assertThat(names(EpcisQuery.all().with("MATCH_epc", SGTIN + "3", SGTIN + "4"))).containsExactlyInAnyOrder("pack", "sell");

        List<String> paged = new ArrayList<>();
        Optional<String> bookmark = Optional.empty();
        int pages = 0;
        do {
            EpcisQueryPage page = network.as(AUDITOR).queryEpcis(window(), 2, bookmark.orElse(null));
            assertThat(page.events().size()).isLessThanOrEqualTo(2);
            paged.addAll(names(page.events()));
            bookmark = page.bookmark();
            pages++;
        } while (bookmark.isPresent());
        assertThat(paged).containsExactly("ship", "receive", "pack", "transform", "sell");
        assertThat(pages).isGreaterThanOrEqualTo(3);
    }

    @Test
    void theQueryGivesBackTheSameEventsWithTheSameHashes() {
        EpcisQueryPage answer = network.as(AUDITOR).queryEpcis(window());
        List<JsonNode> captured = new ArrayList<>();
        document.at("/epcisBody/eventList").forEach(captured::add);

        assertThat(answer.events()).hasSize(captured.size());
        for (int i = 0; i < captured.size(); i++) {
            ObjectNode returned = answer.events().get(i).deepCopy();
            String eventId = returned.remove("eventID").asText();
            assertThat(eventId).isEqualTo(List.copyOf(IDS.values()).get(i));
            assertThat(JsonValues.byValue(returned)).as("event %d as captured", i).isEqualTo(JsonValues.byValue(captured.get(i)));
            assertThat(EpcisEventHash.of(answer.events().get(i), answer.document().get("@context"))).isEqualTo(eventId);
        }
        assertThat(answer.events().get(0).get("example:note").asText()).isEqualTo("kept as captured");
        assertThat(answer.document().get("@context").toString()).contains("\"example\":\"http://ns.example.com/epcis/\"");
    }

    @Test
    void theExportHoldsTheBatchsOwnEventsAndTheCapturedEventLinkedToIt() {
        ObjectNode exported = network.as(AUDITOR).exportEpcis(batch);

        assertThat(EpcisSchema.validate(exported)).isEmpty();
        List<JsonNode> events = new ArrayList<>();
        exported.at("/epcisBody/eventList").forEach(events::add);
        assertThat(events).hasSize(2);
        assertThat(events.get(0).get("anchor:eventType").asText()).isEqualTo("PRODUCED");
        assertThat(events.get(1).get("eventID").asText()).isEqualTo(IDS.get("ship"));
        assertThat(EpcisEventHash.ofDocument(exported)).containsExactly(events.get(0).get("eventID").asText(), IDS.get("ship"));
    }
}
