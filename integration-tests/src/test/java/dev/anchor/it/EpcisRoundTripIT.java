package dev.anchor.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.TransactionRefusedException;
import dev.anchor.client.custody.ProductionRecord;
import dev.anchor.client.epcis.EpcisCaptureReport;
import dev.anchor.client.epcis.EpcisEventHash;
import dev.anchor.client.epcis.EpcisQuery;
import dev.anchor.client.epcis.EpcisQueryPage;
import dev.anchor.client.epcis.EpcisSchema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static dev.anchor.client.Organization.AUDITOR;
import static dev.anchor.client.Organization.DISTRIBUTOR;
import static dev.anchor.client.Organization.MANUFACTURER;
import static dev.anchor.client.Organization.RETAILER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The EPCIS round trip on the real network: a document captured through the SDK comes back from queries (each
 * parameter, combinations, patterns, pages) and from the batch's export as the same events with the same CBV 2.0
 * event hashes. The run's events have times and identifiers no other run uses. On the ledger a query is a scan of
 * every captured event in event id order, a page at a time (docs/epcis.md, "Query"): its answer comes in event id
 * order, and only a page without a bookmark ends it. A whole answer reads every event on the ledger, so each query
 * here is selective (the run's time window or identifiers) and follows bookmarks at the largest page size.
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

    /** The names of the events of the whole answer (every page, 1000 records each), in the answer's order. */
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

    /** The events of the run with these names, in event id order (the order of their hashes): a ledger answer's. */
    private static List<String> inIdOrder(String... names) {
        return Stream.of(names).sorted(Comparator.comparing(IDS::get)).toList();
    }

    /** The run's time window, so that parameters other runs share select only this run's events. */
    private static EpcisQuery window() {
        return EpcisQuery.all().from(BASE).before(BASE.plusSeconds(30));
    }

    @Test
    void eachParameterFindsTheCapturedEvents() {
        assertThat(names(window()))
                .containsExactlyElementsOf(inIdOrder("ship", "receive", "pack", "transform", "sell"));
        assertThat(names(window().with("eventType", "ObjectEvent")))
                .containsExactlyElementsOf(inIdOrder("ship", "receive"));
        assertThat(names(EpcisQuery.all().from(BASE.plusSeconds(3)).before(BASE.plusSeconds(5))))
                .containsExactlyElementsOf(inIdOrder("pack", "transform"));
        assertThat(names(window().with("EQ_bizStep", "shipping")))
                .containsExactlyElementsOf(inIdOrder("ship", "sell"));
        assertThat(names(window().with("EQ_bizStep", "urn:epcglobal:cbv:bizstep:receiving")))
                .containsExactlyElementsOf(inIdOrder("receive"));
        assertThat(names(window().with("EQ_disposition", "in_transit")))
                .containsExactlyElementsOf(inIdOrder("ship", "sell"));
        assertThat(names(EpcisQuery.all().with("EQ_bizLocation", LOCATION)))
                .containsExactlyElementsOf(inIdOrder("receive"));
        assertThat(names(EpcisQuery.all().with("EQ_readPoint", READ_POINT)))
                .containsExactlyElementsOf(inIdOrder("ship", "pack", "sell"));
        assertThat(names(EpcisQuery.all().with("MATCH_epc", SGTIN + "2")))
                .containsExactlyElementsOf(inIdOrder("ship", "receive"));
        assertThat(names(EpcisQuery.all().with("MATCH_anyEPC", SGTIN + "1")))
                .containsExactlyElementsOf(inIdOrder("ship", "transform"));
        assertThat(names(EpcisQuery.all().with("MATCH_anyEPC", SSCC))).containsExactlyElementsOf(inIdOrder("pack"));
        assertThat(names(EpcisQuery.all().with("MATCH_epcClass", LOT + "7")))
                .containsExactlyElementsOf(inIdOrder("pack"));
        assertThat(names(EpcisQuery.all().with("MATCH_anyEPCClass", LOT + "9")))
                .containsExactlyElementsOf(inIdOrder("transform"));
    }

    @Test
    void combinationsPatternsAndPages() {
        assertThat(names(EpcisQuery.all().with("EQ_readPoint", READ_POINT).with("EQ_bizStep", "shipping")
                .with("eventType", "TransactionEvent"))).containsExactlyElementsOf(inIdOrder("sell"));
        assertThat(names(EpcisQuery.all().with("MATCH_epc", SGTIN + "*")))
                .containsExactlyElementsOf(inIdOrder("ship", "receive", "pack", "sell"));
        assertThat(names(EpcisQuery.all().with("MATCH_anyEPCClass", LOT + "*")))
                .containsExactlyElementsOf(inIdOrder("pack", "transform"));
        assertThat(names(EpcisQuery.all().with("MATCH_epc", SGTIN + "3", SGTIN + "4")))
                .containsExactlyElementsOf(inIdOrder("pack", "sell"));

        List<String> paged = new ArrayList<>();
        Optional<String> bookmark = Optional.empty();
        int pages = 0;
        do {
            // Three pages of two records (the run's five events alone are more than two such pages), then the rest
            // of the ledger at the largest page size: a bookmark serves its query whatever the size of the next page.
            int pageSize = pages < 3 ? 2 : 1000;
            EpcisQueryPage page = network.as(AUDITOR).queryEpcis(window(), pageSize, bookmark.orElse(null));
            assertThat(page.events().size()).isLessThanOrEqualTo(pageSize);
            assertThat(EpcisSchema.validate(page.document())).isEmpty();
            paged.addAll(names(page.events()));
            bookmark = page.bookmark();
            pages++;
        } while (bookmark.isPresent());
        assertThat(paged).containsExactlyElementsOf(inIdOrder("ship", "receive", "pack", "transform", "sell"));
        assertThat(pages).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aPageCanHoldNoEventWhileMoreFollowAndItsBookmarkServesOnlyItsQuery() {
        EpcisQuery none = window().with("eventType", "AssociationEvent");
        EpcisQueryPage first = network.as(AUDITOR).queryEpcis(none, 2, null);

        assertThat(first.events()).isEmpty();
        assertThat(first.bookmark()).as("the page read two records, and the run's five events are on the ledger")
                .isPresent();
        TransactionRefusedException other = catchThrowableOfType(TransactionRefusedException.class,
                () -> network.as(AUDITOR).queryEpcis(window(), 1000, first.bookmark().orElseThrow()));
        assertThat(other.errorCode()).isEqualTo(ErrorCode.INVALID_BOOKMARK);

        Optional<String> bookmark = first.bookmark();
        while (bookmark.isPresent()) {
            EpcisQueryPage page = network.as(AUDITOR).queryEpcis(none, 1000, bookmark.get());
            assertThat(page.events()).isEmpty();
            bookmark = page.bookmark();
        }
    }

    @Test
    void theQueryGivesBackTheSameEventsWithTheSameHashes() {
        EpcisQueryPage answer = network.as(AUDITOR).queryEpcis(window());
        List<JsonNode> captured = new ArrayList<>();
        document.at("/epcisBody/eventList").forEach(captured::add);
        Map<String, JsonNode> answered = new LinkedHashMap<>();
        answer.events().forEach(event -> answered.put(event.get("eventID").asText(), event));
        List<String> ids = List.copyOf(IDS.values());

        assertThat(answer.events()).hasSize(captured.size());
        assertThat(answered.keySet()).as("in event id order")
                .containsExactlyElementsOf(ids.stream().sorted().toList());
        for (int i = 0; i < captured.size(); i++) {
            assertThat(answered).as("event %d comes back under its hash", i).containsKey(ids.get(i));
            ObjectNode returned = answered.get(ids.get(i)).deepCopy();
            returned.remove("eventID");
            assertThat(JsonValues.byValue(returned)).as("event %d as captured", i).isEqualTo(JsonValues.byValue(captured.get(i)));
            assertThat(EpcisEventHash.of(answered.get(ids.get(i)), answer.document().get("@context")))
                    .as("event %d's hash, from the answer and its context", i).isEqualTo(ids.get(i));
        }
        assertThat(answered.get(IDS.get("ship")).get("example:note").asText()).isEqualTo("kept as captured");
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
