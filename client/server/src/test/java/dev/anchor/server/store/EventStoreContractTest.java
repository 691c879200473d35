package dev.anchor.server.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchor.client.epcis.CommittedEpcisBlock;
import dev.anchor.client.epcis.CommittedEpcisEvent;
import dev.anchor.server.query.EventPage;
import dev.anchor.server.query.EventQuery;
import dev.anchor.server.query.InvalidQueryException;
import dev.anchor.server.query.NamedQuery;
import dev.anchor.server.query.QuerySubscription;
import dev.anchor.server.query.QueryTooLargeException;
import dev.anchor.server.query.ValuePage;
import dev.anchor.server.query.Vocabulary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The contract of {@link dev.anchor.server.store.EventStore}, run against each database: the subclasses say where
 * the store is. Events come from the official GS1 examples (src/test/resources/epcis) and from small generated ones.
 */
abstract class EventStoreContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    protected EventStore store;

    /** @return the URL of an empty store for one test */
    protected abstract String emptyStoreUrl() throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = EventStores.open(emptyStoreUrl());
    }

    @AfterEach
    void close() {
        store.close();
    }

    // ---- applying blocks ------------------------------------------------------------------------------------

    @Test
    void appliesEachEventOnceAcrossRedeliveredBlocks() {
        assertThat(store.nextBlock()).isZero();
        CommittedEpcisEvent first = simple(1, "2026-01-01T00:00:00Z", 0);
        CommittedEpcisEvent second = simple(2, "2026-01-01T00:00:01Z", 0);
        store.apply(new CommittedEpcisBlock(0, List.of(first, second, first)));
        assertThat(store.nextBlock()).isEqualTo(1);

        store.apply(new CommittedEpcisBlock(0, List.of(first, second, simple(9, "2026-01-01T00:00:09Z", 0))));
        assertThat(store.nextBlock()).isEqualTo(1);
        store.apply(new CommittedEpcisBlock(1, List.of(second, simple(3, "2026-01-01T00:00:02Z", 1))));
        store.apply(new CommittedEpcisBlock(2, List.of()));

        assertThat(store.nextBlock()).isEqualTo(3);
        assertThat(ids(all(EventQuery.all()))).containsExactly(id(1), id(2), id(3));
        StoredEvent stored = store.event(id(3)).orElseThrow();
        assertThat(stored.blockNumber()).isEqualTo(1);
        assertThat(stored.transactionId()).isEqualTo("tx-3");
        assertThat(stored.capturedBy()).isEqualTo("ManufacturerMSP");
        assertThat(stored.capturedAt()).isEqualTo(Instant.parse("2026-12-01T10:00:01Z"));
        assertThat(stored.event().get("eventTime").asText()).isEqualTo("2026-01-01T00:00:02Z");
        assertThat(stored.context().isArray()).isTrue();
        assertThat(store.event(id(9))).isEmpty();
    }

    @Test
    void refusesAGap() {
        store.apply(new CommittedEpcisBlock(0, List.of(simple(1, "2026-01-01T00:00:00Z", 0))));
        assertThatThrownBy(() -> store.apply(new CommittedEpcisBlock(2, List.of(simple(2, "2026-01-01T00:00:00Z", 2)))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expects block 1");
        assertThat(store.nextBlock()).isEqualTo(1);
        assertThat(store.event(id(2))).isEmpty();
    }

    @Test
    void skipsARecordItCannotReadAndStillCheckpointsTheBlock() {
        ObjectNode broken = JSON.createObjectNode().put("capturedAt", "2026-12-01T10:00:00Z").put("eventId", id(7));
        store.apply(new CommittedEpcisBlock(0, List.of(new CommittedEpcisEvent(id(7), broken, 0, "tx-7", 0),
                simple(8, "2026-01-01T00:00:00Z", 0))));
        assertThat(store.nextBlock()).isEqualTo(1);
        assertThat(store.event(id(7))).isEmpty();
        assertThat(store.event(id(8))).isPresent();
    }

    // ---- parameter families on the official examples --------------------------------------------------------

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = ';', value = {
            "eventType; AggregationEvent; B",
            "eventType; ObjectEvent|AggregationEvent; A B E",
            "EQ_bizStep; urn:epcglobal:cbv:bizstep:receiving; A B",
            "EQ_bizStep; https://ref.gs1.org/cbv/BizStep-commissioning; D C1 C2",
            "EQ_disposition; in_progress; A B D",
            "EQ_action; OBSERVE; B E",
            "EQ_readPoint; urn:epc:id:sgln:0614141.07346.1234; C1 C2",
            "WD_readPoint; urn:epc:id:sgln:0614141.07346.1234; C1 C2",
            "EQ_bizLocation; urn:epc:id:sgln:0037000.00729.8202; B",
            "WD_bizLocation; urn:epc:id:sgln:0037000.00729.8202; B",
            "MATCH_epc; urn:epc:idpat:sgtin:0614141.107346.*; A B",
            "MATCH_epc; urn:epc:id:sgtin:0614141.107346.2017; B",
            "MATCH_parentID; urn:epc:id:sscc:0614141.1234567890; B",
            "MATCH_inputEPC; urn:epc:id:sgtin:4012345.011111.987; C1 C2",
            "MATCH_outputEPC; urn:epc:idpat:sgtin:4012345.077889.*; D",
            "MATCH_anyEPC; urn:epc:id:sscc:0614141.1234567890|urn:epc:id:sgtin:4012345.011111.987; B C1 C2",
            "MATCH_epcClass; urn:epc:class:lgtin:4012345.012345.998877; A B",
            "MATCH_inputEPCClass; urn:epc:class:lgtin:4012345.022222.*; C1 C2",
            "MATCH_outputEPCClass; urn:epc:idpat:sgtin:4012345.044444.*; C1 C2",
            "MATCH_anyEPCClass; urn:epc:class:lgtin:0614141.077777.987; D",
            "EQ_bizTransaction_po; urn:epc:id:gdti:0614141.00001.1618034; A B",
            "EQ_source_location; urn:epc:id:sgln:4012345.00225.0; A B",
            "EQ_destination_owning_party; urn:epc:id:pgln:0614141.00777; A B",
            "EQ_persistentDisposition_set; urn:epcglobal:cbv:disp:completeness_verified; A",
            "EQ_persistentDisposition_unset; completeness_inferred; A",
            "EQ_eventID; urn:uuid:374d95fc-9457-4a51-bd6a-0bba133845a8; A C1",
            "EXISTS_errorDeclaration; ; A B C1",
            "EQ_errorReason; urn:epcglobal:cbv:er:incorrect_data; A B C1",
            "EQ_correctiveEventID; urn:uuid:404d95fc-9457-4a51-bd6a-0bba133845a8; C1",
            "GE_errorDeclarationTime; 2013-01-01T00:00:00Z; B C1",
            "LT_errorDeclaration_Time; 2013-01-01T00:00:00Z; A",
            "GE_eventTime; 2019-04-02T14:00:00Z; E C1 C2",
            "LT_eventTime; 2013-10-31T14:58:56.591Z; A B",
            "GE_recordTime; 2026-12-01T10:00:01Z; D E C1 C2",
            "LT_recordTime; 2026-12-01T10:00:01Z; A B",
            "GE_quantity; 200; A B D C1 C2",
            "EQ_quantity_KGM; 500; C1 C2",
            "LT_quantity; 11; B D",
            "EQ_example:myField; Example of a vendor/user extension; D",
            "GT_ext1:float; 19; A B",
            "EQ_ILMD_example:batch; XYZ; D",
            "EXISTS_ERROR_DECLARATION_example:vendorExtension; ; C1",
            "EQ_INNER_ext2:string; stringInObject; A B",
            "GT_value_CEL; 26; E",
            "GE_value_CEL; 26; A B E",
            "EQ_type; gs1:Temperature; A B E",
            "EXISTS_sensorElementList; ; A B E",
            "GE_time; 2019-07-19T00:00:00Z; A B",
            "EQ_hexBinaryValue; F0F0F0; A B",
            "EQ_booleanValue; true; A B",
    })
    void answersEachParameterFamily(String parameter, String value, String expected) throws IOException {
        Map<String, String> ids = applyExamples();
        EventQuery query = EventQuery.parse(Map.of(parameter, List.of(value == null ? "" : value)));
        assertThat(ids(all(query))).containsExactlyElementsOf(labelled(ids, expected));
    }

    @Test
    void andsParametersAndMatchesTheStoredHashAsEventId() throws IOException {
        Map<String, String> ids = applyExamples();
        assertThat(ids(all(EventQuery.parse(Map.of("EQ_bizStep", List.of("receiving"),
                "eventType", List.of("ObjectEvent")))))).containsExactly(ids.get("A"));
        assertThat(ids(all(EventQuery.parse(Map.of("EQ_eventID", List.of(ids.get("D")))))))
                .containsExactly(ids.get("D"));
        assertThat(ids(all(EventQuery.parse(Map.of("MATCH_epc", List.of("urn:epc:id:sgtin:0614141.107346.2017",
                "urn:epc:id:sgtin:4012345.011111.9876")))))).containsExactly(ids.get("B"), ids.get("E"));
        assertThat(ids(all(EventQuery.parse(Map.of("MATCH_anyEPC", List.of("urn:epc:idpat:sgtin:0614141.107346.*"),
                "EQ_disposition", List.of("in_progress"), "eventType", List.of("ObjectEvent|AggregationEvent"),
                "EQ_eventID", List.of(ids.get("A"), "urn:uuid:374d95fc-9457-4a51-bd6a-0bba133845a8"))))))
                .containsExactly(ids.get("A"));
    }

    // ---- order and paging -----------------------------------------------------------------------------------

    @Test
    void pagesThroughEveryEventOnceInOrder() {
        List<String> expected = applyGenerated(250);
        List<String> seen = new ArrayList<>();
        Optional<String> token = Optional.empty();
        int pages = 0;
        do {
            EventPage page = store.query(EventQuery.all(), 100, token);
            seen.addAll(ids(page.events()));
            token = page.nextPageToken();
            pages++;
        } while (token.isPresent());
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyElementsOf(expected);
    }

    @Test
    void ordersByRecordTimeAndDescending() {
        List<String> byEventTime = applyGenerated(30);
        List<String> descending = new ArrayList<>(byEventTime);
        java.util.Collections.reverse(descending);
        assertThat(ids(all(EventQuery.parse(Map.of("orderDirection", List.of("DESC"))), 7)))
                .containsExactlyElementsOf(descending);
        // generated events: record time by block (10 events each), event time falling within each block
        List<String> byRecordTime = ids(all(EventQuery.parse(Map.of("orderBy", List.of("recordTime"))), 4));
        assertThat(byRecordTime.subList(0, 10)).containsExactlyInAnyOrderElementsOf(generatedIds(0, 10));
        assertThat(byRecordTime.subList(20, 30)).containsExactlyInAnyOrderElementsOf(generatedIds(20, 30));
    }

    @Test
    void fillsPagesWhenJavaConditionsFilter() {
        applyGenerated(250);
        EventQuery even = EventQuery.parse(Map.of("EQ_test:parity", List.of("even"), "orderDirection", List.of("DESC")));
        List<String> seen = new ArrayList<>();
        Optional<String> token = Optional.empty();
        do {
            EventPage page = store.query(even, 40, token);
            if (page.nextPageToken().isPresent()) {
                assertThat(page.events()).hasSize(40);
            }
            seen.addAll(ids(page.events()));
            token = page.nextPageToken();
        } while (token.isPresent());
        List<String> expected = new ArrayList<>();
        for (int i = 249; i >= 0; i--) {
            if (i % 2 == 0) {
                expected.add(id(i));
            }
        }
        assertThat(seen).containsExactlyElementsOf(expected);
    }

    @Test
    void refusesATokenOfAnotherQuery() {
        applyGenerated(30);
        String token = store.query(EventQuery.all(), 10, Optional.empty()).nextPageToken().orElseThrow();
        EventQuery other = EventQuery.parse(Map.of("eventType", List.of("ObjectEvent")));
        assertThatThrownBy(() -> store.query(other, 10, Optional.of(token)))
                .isInstanceOfSatisfying(InvalidQueryException.class,
                        e -> assertThat(e.parameter()).isEqualTo("nextPageToken"));
        assertThatThrownBy(() -> store.query(EventQuery.all(), 10, Optional.of("not-a-token!")))
                .isInstanceOfSatisfying(InvalidQueryException.class,
                        e -> assertThat(e.parameter()).isEqualTo("nextPageToken"));
    }

    @Test
    void limitsTheAnswerByEventCountLimitAndRefusesMoreThanMaxEventCount() {
        List<String> generated = applyGenerated(30);
        EventQuery limited = EventQuery.parse(Map.of("eventCountLimit", List.of("12")));
        assertThat(ids(all(limited, 5))).containsExactlyElementsOf(generated.subList(0, 12));
        assertThatThrownBy(() -> store.query(EventQuery.parse(Map.of("maxEventCount", List.of("29"))), 10,
                Optional.empty())).isInstanceOf(QueryTooLargeException.class);
        assertThat(store.query(EventQuery.parse(Map.of("maxEventCount", List.of("30"))), 10, Optional.empty())
                .events()).hasSize(10);
    }

    // ---- vocabularies and named queries ---------------------------------------------------------------------

    @Test
    void listsTheDistinctValuesOfEachVocabularySortedAndPaged() throws IOException {
        applyExamples();
        assertThat(allValues(Vocabulary.EVENT_TYPES, 2)).containsExactly(
                "AggregationEvent", "ObjectEvent", "TransformationEvent");
        assertThat(allValues(Vocabulary.BIZ_STEPS, 1)).containsExactly("commissioning", "inspecting", "receiving");
        assertThat(allValues(Vocabulary.DISPOSITIONS, 10)).containsExactly("in_progress");
        assertThat(allValues(Vocabulary.READ_POINTS, 10)).contains("urn:epc:id:sgln:0614141.07346.1234");
        assertThat(allValues(Vocabulary.BIZ_LOCATIONS, 10)).containsExactly(
                "urn:epc:id:sgln:0012345.11111.0", "urn:epc:id:sgln:0037000.00729.8202");
        List<String> epcs = allValues(Vocabulary.EPCS, 3);
        assertThat(epcs).isSorted().doesNotHaveDuplicates()
                .contains("urn:epc:id:sscc:0614141.1234567890", "urn:epc:id:sgtin:4012345.077889.28");
        String token = store.values(Vocabulary.EPCS, 2, Optional.empty()).nextPageToken().orElseThrow();
        assertThatThrownBy(() -> store.values(Vocabulary.BIZ_STEPS, 2, Optional.of(token)))
                .isInstanceOf(InvalidQueryException.class);
    }

    @Test
    void savesFindsListsAndDeletesNamedQueries() {
        ObjectNode definition = JSON.createObjectNode().put("name", "shipped");
        definition.putObject("query").putArray("EQ_bizStep").add("shipping");
        Instant now = Instant.parse("2026-12-03T05:00:00.123456Z");
        assertThat(store.saveQuery(new NamedQuery("shipped", definition, "AuditorMSP", now))).isTrue();
        assertThat(store.saveQuery(new NamedQuery("shipped", JSON.createObjectNode(), "RetailerMSP", now))).isFalse();
        assertThat(store.saveQuery(new NamedQuery("arrived", definition, "RetailerMSP", now))).isTrue();

        NamedQuery found = store.namedQuery("shipped").orElseThrow();
        assertThat(found.definition()).isEqualTo(definition);
        assertThat(found.createdBy()).isEqualTo("AuditorMSP");
        assertThat(found.createdAt()).isEqualTo(now);
        assertThat(store.namedQueries()).extracting(NamedQuery::name).containsExactly("arrived", "shipped");
        assertThat(EventQuery.fromJson(found.definition().get("query")).parameters())
                .containsEntry("EQ_bizStep", List.of("shipping"));

        assertThat(store.deleteQuery("shipped")).isTrue();
        assertThat(store.deleteQuery("shipped")).isFalse();
        assertThat(store.namedQuery("shipped")).isEmpty();
    }

    @Test
    void listsTheEventIdsOfARangeOfBlocksInLedgerOrder() {
        List<String> ids = applyGenerated(35);

        assertThat(store.eventIdsInBlocks(1, 2)).containsExactlyElementsOf(ids.subList(10, 30));
        assertThat(store.eventIdsInBlocks(3, 3)).containsExactlyElementsOf(ids.subList(30, 35));
        assertThat(store.eventIdsInBlocks(4, 9)).isEmpty();
    }

    @Test
    void keepsSubscriptionsWithTheirPositionsAndDeletesThemWithTheirQuery() {
        ObjectNode definition = JSON.createObjectNode().put("name", "shipped");
        definition.putObject("query").putArray("EQ_bizStep").add("shipping");
        Instant now = Instant.parse("2026-12-03T05:00:00.123456Z");
        store.saveQuery(new NamedQuery("shipped", definition, "AuditorMSP", now));
        ObjectNode schedule = JSON.createObjectNode().put("hour", "1").put("minute", "5");
        QuerySubscription streamed = new QuerySubscription("s-1", "shipped", URI.create("https://client.example/hook"),
                Optional.of("secret"), true, Optional.empty(), false, Optional.of(now.minusSeconds(60)), "AuditorMSP",
                now, Optional.empty(), 3);
        QuerySubscription scheduled = new QuerySubscription("s-2", "shipped", URI.create("http://127.0.0.1:1/x"),
                Optional.empty(), false, Optional.of(schedule), true, Optional.empty(), "AuditorMSP",
                now.plusSeconds(1), Optional.empty(), 0);

        assertThat(store.saveSubscription(streamed)).isTrue();
        assertThat(store.saveSubscription(scheduled)).isTrue();
        assertThat(store.saveSubscription(new QuerySubscription("s-3", "nothing", URI.create("https://a.example/"),
                Optional.empty(), true, Optional.empty(), false, Optional.empty(), "AuditorMSP", now,
                Optional.empty(), 0))).as("a subscription to a query that does not exist").isFalse();
        assertThat(store.subscriptions()).containsExactly(streamed, scheduled);

        Instant notified = now.plusSeconds(30);
        assertThat(store.subscriptionDelivered("s-1", 12, Optional.of(notified))).isTrue();
        assertThat(store.subscriptionDelivered("s-1", 14, Optional.empty())).isTrue();
        assertThat(store.subscriptions().get(0)).isEqualTo(streamed.delivered(14, Optional.of(notified)));

        assertThat(store.deleteSubscription("s-2")).isTrue();
        assertThat(store.deleteSubscription("s-2")).isFalse();
        assertThat(store.subscriptionDelivered("s-2", 1, Optional.empty())).isFalse();
        assertThat(store.deleteQuery("shipped")).isTrue();
        assertThat(store.subscriptions()).isEmpty();
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private List<StoredEvent> all(EventQuery query) {
        return all(query, 2);
    }

    /** Every event of the answer, read page by page. */
    private List<StoredEvent> all(EventQuery query, int pageSize) {
        List<StoredEvent> events = new ArrayList<>();
        Optional<String> token = Optional.empty();
        do {
            EventPage page = store.query(query, pageSize, token);
            events.addAll(page.events());
            token = page.nextPageToken();
        } while (token.isPresent());
        return events;
    }

    private List<String> allValues(Vocabulary vocabulary, int pageSize) {
        List<String> values = new ArrayList<>();
        Optional<String> token = Optional.empty();
        do {
            ValuePage page = store.values(vocabulary, pageSize, token);
            values.addAll(page.values());
            token = page.nextPageToken();
        } while (token.isPresent());
        return values;
    }

    private static List<String> ids(List<StoredEvent> events) {
        return events.stream().map(StoredEvent::eventId).toList();
    }

    private static List<String> labelled(Map<String, String> ids, String labels) {
        return Arrays.stream(labels.trim().split(" +")).map(ids::get).toList();
    }

    /**
     * The official examples in three blocks: A (ObjectEvent, all fields) and B (AggregationEvent, all fields) in
     * block 0; C1, C2 (the error declaration and its corrective event) in block 1; D (TransformationEvent 9.6.4) and
     * E (the first sensor data example) in block 2. Record times 10:00:00, :01, :02.
     *
     * @return the stored id of each label
     */
    private Map<String, String> applyExamples() throws IOException {
        Map<String, String> ids = new LinkedHashMap<>();
        List<List<String>> blocks = List.of(
                List.of("A:object_event_all_possible_fields", "B:aggregation_event_all_possible_fields"),
                List.of("C1:ErrorDeclarationAndCorrectiveEvent#0", "C2:ErrorDeclarationAndCorrectiveEvent#1"),
                List.of("D:Example_9.6.4-TransformationEvent", "E:SensorDataExample1"));
        for (int block = 0; block < blocks.size(); block++) {
            List<CommittedEpcisEvent> events = new ArrayList<>();
            for (String entry : blocks.get(block)) {
                String label = entry.substring(0, entry.indexOf(':'));
                String file = entry.substring(entry.indexOf(':') + 1);
                int index = file.contains("#") ? Integer.parseInt(file.substring(file.indexOf('#') + 1)) : 0;
                file = file.contains("#") ? file.substring(0, file.indexOf('#')) : file;
                JsonNode document;
                try (InputStream in = getClass().getResourceAsStream("/epcis/" + file + ".jsonld")) {
                    document = JSON.readTree(in);
                }
                ObjectNode event = (ObjectNode) document.at("/epcisBody/eventList/" + index);
                String id = "ni:///sha-256;" + String.format("%064x", label.hashCode()) + "?ver=CBV2.0";
                ids.put(label, id);
                events.add(committed(id, event, document.get("@context"), block, "tx-" + label));
            }
            store.apply(new CommittedEpcisBlock(block, events));
        }
        return ids;
    }

    /**
     * Generated ObjectEvents 0..count-1 in blocks of ten, event times one second apart but the first two of each
     * block at the same time (ties), extension {@code test:parity} even or odd.
     *
     * @return their ids in event time order
     */
    private List<String> applyGenerated(int count) {
        List<String> ids = new ArrayList<>();
        for (int block = 0; block * 10 < count; block++) {
            List<CommittedEpcisEvent> events = new ArrayList<>();
            for (int i = block * 10; i < Math.min(count, block * 10 + 10); i++) {
                int second = i % 10 == 1 ? i - 1 : i;
                events.add(simple(i, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(second).toString(), block));
                ids.add(id(i));
            }
            store.apply(new CommittedEpcisBlock(block, events));
        }
        return ids;
    }

    private static List<String> generatedIds(int from, int to) {
        List<String> ids = new ArrayList<>();
        for (int i = from; i < to; i++) {
            ids.add(id(i));
        }
        return ids;
    }

    private static String id(int n) {
        return "ni:///sha-256;" + String.format("%064d", n) + "?ver=CBV2.0";
    }

    private static CommittedEpcisEvent simple(int n, String eventTime, long block) {
        ObjectNode event = JSON.createObjectNode()
                .put("type", "ObjectEvent")
                .put("eventTime", eventTime)
                .put("eventTimeZoneOffset", "+00:00")
                .put("action", "OBSERVE")
                .put("bizStep", "shipping")
                .put("test:parity", n % 2 == 0 ? "even" : "odd");
        event.putArray("epcList").add("urn:epc:id:sgtin:0614141.107346." + n);
        return committed(id(n), event, JSON.createArrayNode().add("https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"),
                block, "tx-" + n);
    }

    private static CommittedEpcisEvent committed(String id, ObjectNode event, JsonNode context, long block,
                                                 String txId) {
        ObjectNode record = JSON.createObjectNode()
                .put("capturedAt", Instant.parse("2026-12-01T10:00:00Z").plusSeconds(block).toString())
                .put("capturedBy", "ManufacturerMSP");
        record.set("context", context);
        record.set("event", event);
        record.put("eventId", id).put("txId", txId);
        return new CommittedEpcisEvent(id, record, block, txId, 0);
    }
}
