package dev.anchor.chaincode.contract;

import static dev.anchor.chaincode.contract.SimulatedPeer.AUDITOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.anchor.chaincode.ledger.LedgerKeys;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * QueryEpcisEvents on the ledger (the fallback where no read side runs): each EPCIS query parameter, their
 * combination, patterns, paging, refusals, and what a page reads: one range of the records, in event id order.
 */
class EpcisQueryTest {

    static final String SHIP = """
            {"type":"ObjectEvent","action":"OBSERVE","eventTime":"2026-01-01T10:00:00.000Z","eventTimeZoneOffset":"+00:00",
             "epcList":["urn:epc:id:sgtin:0614141.107346.2017","urn:epc:id:sgtin:0614141.107346.2018"],
             "quantityList":[{"epcClass":"urn:epc:class:lgtin:4012345.012345.998877","quantity":200,"uom":"KGM"}],
             "bizStep":"shipping","disposition":"in_transit",
             "readPoint":{"id":"urn:epc:id:sgln:0614141.07346.1234"},"bizLocation":{"id":"urn:epc:id:sgln:0614141.07346.0"}}""";
    static final String RECEIVE = """
            {"type":"ObjectEvent","action":"OBSERVE","eventTime":"2026-01-02T10:00:00+02:00","eventTimeZoneOffset":"+02:00",
             "epcList":["urn:epc:id:sgtin:0614141.107346.2018"],
             "bizStep":"urn:epcglobal:cbv:bizstep:receiving","disposition":"https://ref.gs1.org/cbv/Disp-in_progress",
             "readPoint":{"id":"urn:epc:id:sgln:0012345.11111.400"},"bizLocation":{"id":"urn:epc:id:sgln:0012345.11111.0"}}""";
    static final String PACK = """
            {"type":"AggregationEvent","action":"ADD","eventTime":"2026-01-03T10:00:00Z","eventTimeZoneOffset":"+00:00",
             "parentID":"urn:epc:id:sscc:0614141.1234567890","childEPCs":["urn:epc:id:sgtin:0614141.107346.3000"],
             "childQuantityList":[{"epcClass":"urn:epc:class:lgtin:4012345.012345.111","quantity":10}],
             "bizStep":"https://ref.gs1.org/cbv/BizStep-packing","disposition":"in_progress",
             "readPoint":{"id":"urn:epc:id:sgln:0614141.07346.1234"}}""";
    static final String PRESS = """
            {"type":"TransformationEvent","eventTime":"2026-01-04T10:00:00Z","eventTimeZoneOffset":"+00:00",
             "inputEPCList":["urn:epc:id:sgtin:0614141.107346.2017"],
             "outputEPCList":["https://id.gs1.org/01/09506000134369/21/7"],
             "inputQuantityList":[{"epcClass":"https://id.gs1.org/01/09506000134352/10/PEAR-001","quantity":600,"uom":"KGM"}],
             "outputQuantityList":[{"epcClass":"https://id.gs1.org/01/09506000134369/10/JUICE-001","quantity":500,"uom":"LTR"}],
             "bizStep":"commissioning","disposition":"active"}""";
    static final String SELL = """
            {"type":"TransactionEvent","action":"ADD","eventTime":"2026-01-05T10:00:00Z","eventTimeZoneOffset":"+00:00",
             "bizTransactionList":[{"type":"po","bizTransaction":"urn:epcglobal:cbv:bt:0614141073467:1152"}],
             "epcList":["https://id.gs1.org/01/09506000134352/21/1","https://id.gs1.org/01/09506000134352/21/2"],
             "bizStep":"shipping","disposition":"in_transit","readPoint":{"id":"urn:epc:id:sgln:0614141.07346.1234"}}""";

    private final SimulatedPeer peer = new SimulatedPeer();
    private final EpcisFixtures fixtures = new EpcisFixtures(peer);

    /** Every event's name, in the order of their ids (the hexadecimal of the name): the order of an answer. */
    private static final List<String> BY_ID = List.of("pack", "press", "receive", "sell", "ship");

    @BeforeEach
    void capture() {
        // Stored out of time order and out of id order; two as earlier versions stored them, with query index
        // entries that nothing reads any more.
        fixtures.captureAsEarlierVersion("sell", SELL);
        fixtures.captureAsEarlierVersion("press", PRESS);
        fixtures.capture("ship", SHIP);
        fixtures.capture("receive", RECEIVE);
        fixtures.capture("pack", PACK);
    }

    private JsonNode page(String query, int pageSize, String bookmark) {
        peer.as(AUDITOR);
        return SimulatedPeer.json(peer.contract.QueryEpcisEvents(peer.ctx, query, Integer.toString(pageSize), bookmark));
    }

    /** The names of the events of the answer's first page (of up to 1000), in the answer's order. */
    private List<String> names(String query) {
        return names(page(query, 1000, ""));
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        for (JsonNode record : page.get("events")) {
            names.add(name(record.get("eventId").asText()));
        }
        return names;
    }

    private static String name(String eventId) {
        return Stream.of("ship", "receive", "pack", "press", "sell")
                .filter(name -> EpcisFixtures.eventId(name).equals(eventId)).findFirst().orElse(eventId);
    }

    static Stream<Arguments> eachParameter() {
        return Stream.of(
                Arguments.of("{}", List.of("ship", "receive", "pack", "press", "sell")),
                Arguments.of("{\"eventType\":\"ObjectEvent\"}", List.of("ship", "receive")),
                Arguments.of("{\"eventType\":[\"TransformationEvent\"]}", List.of("press")),
                Arguments.of("{\"GE_eventTime\":\"2026-01-03T10:00:00Z\"}", List.of("pack", "press", "sell")),
                Arguments.of("{\"GE_eventTime\":\"2026-01-02T08:00:00.000000001Z\"}", List.of("pack", "press", "sell")),
                Arguments.of("{\"LT_eventTime\":\"2026-01-03T10:00:00Z\"}", List.of("ship", "receive")),
                Arguments.of("{\"LT_eventTime\":\"2026-01-03T11:00:00+01:00\"}", List.of("ship", "receive")),
                Arguments.of("{\"EQ_bizStep\":\"shipping\"}", List.of("ship", "sell")),
                Arguments.of("{\"EQ_bizStep\":\"urn:epcglobal:cbv:bizstep:receiving\"}", List.of("receive")),
                Arguments.of("{\"EQ_bizStep\":\"https://ref.gs1.org/cbv/BizStep-packing\"}", List.of("pack")),
                Arguments.of("{\"EQ_bizStep\":\"packing\"}", List.of("pack")),
                Arguments.of("{\"EQ_disposition\":\"in_progress\"}", List.of("receive", "pack")),
                Arguments.of("{\"EQ_disposition\":\"urn:epcglobal:cbv:disp:active\"}", List.of("press")),
                Arguments.of("{\"EQ_bizLocation\":\"urn:epc:id:sgln:0012345.11111.0\"}", List.of("receive")),
                Arguments.of("{\"EQ_readPoint\":\"urn:epc:id:sgln:0614141.07346.1234\"}", List.of("ship", "pack", "sell")),
                Arguments.of("{\"MATCH_epc\":\"urn:epc:id:sgtin:0614141.107346.2018\"}", List.of("ship", "receive")),
                Arguments.of("{\"MATCH_epc\":\"urn:epc:id:sgtin:0614141.107346.3000\"}", List.of("pack")),
                Arguments.of("{\"MATCH_epc\":\"urn:epc:id:sscc:0614141.1234567890\"}", List.of()),
                Arguments.of("{\"MATCH_anyEPC\":\"urn:epc:id:sscc:0614141.1234567890\"}", List.of("pack")),
                Arguments.of("{\"MATCH_anyEPC\":\"urn:epc:id:sgtin:0614141.107346.2017\"}", List.of("ship", "press")),
                Arguments.of("{\"MATCH_anyEPC\":\"https://id.gs1.org/01/09506000134369/21/7\"}", List.of("press")),
                Arguments.of("{\"MATCH_epcClass\":\"urn:epc:class:lgtin:4012345.012345.111\"}", List.of("pack")),
                Arguments.of("{\"MATCH_epcClass\":\"https://id.gs1.org/01/09506000134352/10/PEAR-001\"}", List.of()),
                Arguments.of("{\"MATCH_anyEPCClass\":\"https://id.gs1.org/01/09506000134352/10/PEAR-001\"}",
                        List.of("press")),
                Arguments.of("{\"MATCH_anyEPCClass\":\"urn:epc:class:lgtin:4012345.012345.998877\"}", List.of("ship")));
    }

    @ParameterizedTest
    @MethodSource("eachParameter")
    void eachParameterSelectsItsEventsInEventIdOrder(String query, List<String> expected) {
        List<String> names = names(query);
        assertThat(names).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(names).isSortedAccordingTo(Comparator.comparingInt(BY_ID::indexOf));
    }

    @Test
    void parametersAndTogetherAndTheValuesOfOneOrTogether() {
        assertThat(names("{\"EQ_bizStep\":[\"shipping\",\"receiving\"]}")).containsExactlyInAnyOrder("ship", "receive",
                "sell");
        assertThat(names("{\"EQ_bizStep\":\"shipping\",\"eventType\":\"ObjectEvent\"}")).containsExactly("ship");
        assertThat(names("{\"EQ_readPoint\":\"urn:epc:id:sgln:0614141.07346.1234\",\"GE_eventTime\":"
                + "\"2026-01-02T00:00:00Z\",\"LT_eventTime\":\"2026-01-05T00:00:00Z\"}")).containsExactly("pack");
        assertThat(names("{\"MATCH_epc\":\"urn:epc:id:sgtin:0614141.107346.2018\",\"EQ_disposition\":"
                + "[\"in_progress\",\"active\"]}")).containsExactly("receive");
        assertThat(names("{\"eventType\":[\"ObjectEvent\",\"TransactionEvent\"],\"EQ_disposition\":\"in_transit\","
                + "\"MATCH_anyEPC\":[\"urn:epc:id:sgtin:0614141.107346.2017\",\"https://id.gs1.org/01/09506000134352/21/1\"]}"))
                .containsExactlyInAnyOrder("ship", "sell");
        assertThat(names("{\"EQ_bizStep\":\"shipping\",\"EQ_disposition\":\"in_progress\"}")).isEmpty();
    }

    @Test
    void aValueEndingInAStarIsAPrefix() {
        assertThat(names("{\"MATCH_epc\":\"urn:epc:idpat:sgtin:0614141.107346.*\"}"))
                .as("each event once, though two of its EPCs match").containsExactlyInAnyOrder("ship", "receive", "pack");
        assertThat(names("{\"MATCH_epc\":\"urn:epc:id:sgtin:0614141.107346.201*\"}")).containsExactlyInAnyOrder("ship", "receive");
        assertThat(names("{\"MATCH_anyEPC\":\"https://id.gs1.org/01/09506000134352/*\"}")).containsExactly("sell");
        assertThat(names("{\"MATCH_anyEPC\":[\"urn:epc:idpat:sgtin:0614141.*\",\"urn:epc:id:sgtin:0614141.107346.2017\"]}"))
                .as("overlapping values give each event once").containsExactlyInAnyOrder("ship", "receive", "pack", "press");
        assertThat(names("{\"MATCH_anyEPCClass\":\"https://id.gs1.org/01/*\"}")).containsExactly("press");
        assertThat(names("{\"MATCH_epcClass\":\"urn:epc:class:lgtin:4012345.012345.*\"}")).containsExactlyInAnyOrder("pack", "ship");
        assertThat(names("{\"MATCH_epc\":\"urn:epc:id:sgtin:0614141.107346.2*\",\"GE_eventTime\":\"2026-01-02T00:00:00Z\"}"))
                .containsExactly("receive");
        assertThat(names("{\"MATCH_epc\":\"urn:epc:id:sgtin:9*\"}")).isEmpty();
    }

    @Test
    void eachAnswerIsTheStoredRecord() {
        JsonNode record = page("{\"EQ_bizStep\":\"packing\"}", 10, "").get("events").get(0);
        assertThat(record.get("eventId").asText()).isEqualTo(EpcisFixtures.eventId("pack"));
        assertThat(record.get("event").get("parentID").asText()).isEqualTo("urn:epc:id:sscc:0614141.1234567890");
        assertThat(record.get("capturedBy").asText()).isEqualTo(SimulatedPeer.MANUFACTURER);
        assertThat(record.get("txId").asText()).isEqualTo("capture-pack");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5})
    void pagesFollowBookmarksToTheEnd(int pageSize) {
        for (String query : List.of("{}", "{\"EQ_readPoint\":\"urn:epc:id:sgln:0614141.07346.1234\"}",
                "{\"MATCH_epc\":\"urn:epc:idpat:sgtin:0614141.107346.*\"}",
                "{\"EQ_bizStep\":[\"shipping\",\"packing\",\"receiving\"],\"GE_eventTime\":\"2026-01-02T00:00:00Z\"}",
                "{\"eventType\":\"ObjectEvent\",\"LT_eventTime\":\"2026-01-02T00:00:00Z\"}")) {
            List<String> all = new ArrayList<>();
            String bookmark = "";
            int pages = 0;
            do {
                JsonNode page = page(query, pageSize, bookmark);
                assertThat(page.get("events").size()).isLessThanOrEqualTo(pageSize);
                all.addAll(names(page));
                bookmark = page.has("bookmark") ? page.get("bookmark").asText() : "";
                assertThat(++pages).as(query).isLessThan(20);
            } while (!bookmark.isEmpty());
            assertThat(all).as(query).containsExactlyElementsOf(names(query));
        }
    }

    @Test
    void theLastPageHasNoBookmark() {
        assertThat(page("{}", 5, "").has("bookmark")).isFalse();
        JsonNode first = page("{}", 4, "");
        assertThat(names(first)).containsExactly("pack", "press", "receive", "sell");
        JsonNode last = page("{}", 4, first.get("bookmark").asText());
        assertThat(names(last)).containsExactly("ship");
        assertThat(last.has("bookmark")).isFalse();
    }

    @Test
    void aPageReadsOneRangeOfRecordsAndNoIndex() {
        for (int i = 0; i < 50; i++) {
            fixtures.captureAsEarlierVersion("other-" + i, SELL.replace("\"shipping\"", "\"storing\"")
                    .replace("2026-01-05", String.format("2026-02-%02d", 1 + i % 28)));
        }
        for (String query : List.of("{}", "{\"EQ_bizStep\":\"shipping\"}",
                "{\"MATCH_epc\":\"urn:epc:id:sgtin:0614141.107346.2018\"}", "{\"eventType\":\"AggregationEvent\"}",
                "{\"MATCH_anyEPCClass\":\"https://id.gs1.org/01/09506000134369/10/JUICE-001\"}",
                "{\"GE_eventTime\":\"2026-01-03T00:00:00Z\",\"LT_eventTime\":\"2026-01-05T00:00:00Z\"}")) {
            List<String> answer = names(query);
            clearInvocations(peer.stub);
            peer.rangeStarts.clear();
            List<String> all = new ArrayList<>();
            String bookmark = "";
            int pages = 0;
            do {
                JsonNode page = page(query, 10, bookmark);
                all.addAll(names(page));
                bookmark = page.has("bookmark") ? page.get("bookmark").asText() : "";
                pages++;
            } while (!bookmark.isEmpty());

            assertThat(all).as(query).isNotEmpty().containsExactlyElementsOf(answer);
            assertThat(pages).as("55 records, 10 a page: " + query).isEqualTo(6);
            verify(peer.stub, never()).getState(anyString());
            verify(peer.stub, never()).getStateByPartialCompositeKey(any(CompositeKey.class));
            verify(peer.stub, times(pages).description(query))
                    .getStateByPartialCompositeKeyWithPagination(any(CompositeKey.class), eq(10), anyString());
            assertThat(peer.rangeStarts).as("only the records' range, never an index").hasSize(6)
                    .containsOnly(LedgerKeys.epcisEvents().toString());
        }
        assertThat(peer.openRanges).isZero();
    }

    @Test
    void aPageReadsAtMostPageSizeRecords() {
        String query = "{\"EQ_readPoint\":\"urn:epc:id:sgln:0614141.07346.1234\",\"eventType\":\"TransactionEvent\"}";
        clearInvocations(peer.stub);
        JsonNode page = page(query, 2, "");
        assertThat(names(page)).as("pack and press are read and filtered out").isEmpty();
        assertThat(page.has("bookmark")).isTrue();
        verify(peer.stub).getStateByPartialCompositeKeyWithPagination(any(CompositeKey.class), eq(2), eq(""));
        assertThat(names(page(query, 2, page.get("bookmark").asText()))).containsExactly("sell");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "not json", "[]", "\"shipping\"", "{\"EQ_bizStep\":3}", "{\"EQ_bizStep\":[\"shipping\",null]}",
            "{\"EQ_bizStep\":[]}", "{\"EQ_bizStep\":\"\"}", "{\"EQ_bizStep\":{\"a\":1}}", "{\"orderBy\":\"eventTime\"}",
            "{\"MATCH_epc\":\"urn:epc:idpat:sgtin:0614141.*.*\"}", "{\"MATCH_epc\":\"*\"}",
            "{\"GE_eventTime\":\"yesterday\"}", "{\"GE_eventTime\":\"2026-01-01T10:00:00\"}",
            "{\"LT_eventTime\":[\"2026-01-01T10:00:00Z\",\"2026-01-02T10:00:00Z\"]}",
            "{\"eventType\":\"QuantityEvent\"}", "{\"EQ_readPoint\":\"a\\u0000b\"}"})
    void aMalformedQueryIsRefusedNamingWhatIsWrong(String query) {
        peer.as(AUDITOR);
        String message = peer.refused("INVALID_EPCIS_QUERY", () -> peer.contract.QueryEpcisEvents(peer.ctx, query, "10", ""));
        if (query.startsWith("{\"") && !query.contains("null") && !query.contains(":3}")) {
            String parameter = query.substring(2, query.indexOf('"', 2));
            assertThat(message).contains("parameter " + parameter);
        }
    }

    @Test
    void tooManyValuesAreRefused() {
        StringBuilder values = new StringBuilder("[");
        for (int i = 0; i <= 100; i++) {
            values.append(i == 0 ? "" : ",").append("\"urn:epc:id:sgtin:0614141.107346.").append(i).append('"');
        }
        String query = "{\"MATCH_epc\":" + values + "]}";
        peer.as(AUDITOR);
        peer.refused("INVALID_EPCIS_QUERY", () -> peer.contract.QueryEpcisEvents(peer.ctx, query, "10", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1001", "-1", "ten", ""})
    void aPageSizeOutsideOneToAThousandIsRefused(String pageSize) {
        peer.as(AUDITOR);
        peer.refused("INVALID_EPCIS_QUERY", () -> peer.contract.QueryEpcisEvents(peer.ctx, "{}", pageSize, ""));
    }

    @Test
    void aBookmarkThatThisQueryDidNotGiveOutIsRefused() {
        String everyBookmark = page("{}", 1, "").get("bookmark").asText();
        String stepBookmark = page("{\"EQ_bizStep\":\"shipping\"}", 1, "").get("bookmark").asText();
        String stepFingerprint = decoded(stepBookmark).substring(0, 17);
        String outsideTheRecords = encoded(stepFingerprint + new CompositeKey("holding", "ManufacturerMSP"));
        String earlierVersions = encoded("0:" + new CompositeKey("epcis-bizstep", "shipping"));
        peer.as(AUDITOR);
        for (String[] wrong : new String[][] {
                {"{\"EQ_bizStep\":\"shipping\"}", everyBookmark}, {"{\"EQ_bizStep\":\"receiving\"}", stepBookmark},
                {"{}", stepBookmark}, {"{\"EQ_bizStep\":\"shipping\"}", outsideTheRecords},
                {"{\"EQ_bizStep\":\"shipping\"}", earlierVersions}, {"{\"EQ_bizStep\":\"shipping\"}",
                        encoded(stepFingerprint + LedgerKeys.epcisEvents())},
                {"{}", "not a bookmark"}, {"{}", "AAAA"}, {"{}", "%%"},
                {"{\"EQ_bizStep\":\"shipping\"}", Base64.getUrlEncoder().encodeToString("7:x".getBytes(StandardCharsets.UTF_8))}}) {
            peer.refused("INVALID_BOOKMARK", () -> peer.contract.QueryEpcisEvents(peer.ctx, wrong[0], "10", wrong[1]));
        }
        assertThat(decoded(stepBookmark)).as("the position is a record's key").contains(LedgerKeys.epcisEvents().toString());
        assertThat(names(page("{\"EQ_bizStep\":\"shipping\"}", 10, stepBookmark))).containsExactly("sell", "ship");
        assertThat(names(page("{\"EQ_bizStep\":[\"urn:epcglobal:cbv:bizstep:shipping\"]}", 10, stepBookmark)))
                .as("the same query written another way").containsExactly("sell", "ship");
    }

    private static String decoded(String bookmark) {
        return new String(Base64.getUrlDecoder().decode(bookmark), StandardCharsets.UTF_8);
    }

    private static String encoded(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
