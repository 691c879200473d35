package dev.anchor.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchor.server.query.EventQuery;
import dev.anchor.server.store.StoredEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

class EventRoutesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CONTEXT = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";
    private static EpcisTestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = new EpcisTestServer();
        for (int i = 0; i < 5; i++) {
            server.store.add(event(i, i < 3 ? "shipping" : "receiving"));
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String id(int i) {
        return "ni:///sha-256;" + String.format("%064x", i) + "?ver=CBV2.0";
    }

    static StoredEvent event(int i, String bizStep) throws Exception {
        ObjectNode event = (ObjectNode) JSON.readTree("""
                {"type": "ObjectEvent", "eventTime": "2026-12-03T09:0%d:00Z", "eventTimeZoneOffset": "+00:00",
                 "epcList": ["urn:epc:id:sgtin:0614141.107346.%d"], "action": "OBSERVE", "bizStep": "%s",
                 "readPoint": {"id": "urn:epc:id:sgln:0614141.00777.0"}}""".formatted(i, i, bizStep));
        return new StoredEvent(id(i), event, JSON.readTree("[\"" + CONTEXT + "\"]"), "DistributorMSP",
                Instant.parse("2026-12-03T10:00:00Z"), 7 + i, "tx" + i);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static List<String> eventIds(JsonNode document) {
        List<String> ids = new ArrayList<>();
        document.at("/epcisBody/queryResults/resultsBody/eventList").forEach(e -> ids.add(e.path("eventID").asText()));
        return ids;
    }

    @Test
    void verifyTrueChecksEachEventAgainstTheLedgerAndSaysHowManyHeld() {
        when(server.ledger.epcisEventsOfTransaction(anyString())).thenReturn(List.of());

        HttpExchange answer = server.get("/events?perPage=2&verify=true&EQ_bizStep=shipping");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Anchor-Verified")).isEqualTo("0 of 2");
        JsonNode events = answer.json().at("/epcisBody/queryResults/resultsBody/eventList");
        assertThat(events).hasSize(2).allSatisfy(e -> {
            assertThat(e.at("/anchor:ledger/verified").asBoolean(true)).isFalse();
            assertThat(e.at("/anchor:ledger/problem").asText()).startsWith("transaction tx");
        });
        assertThat(answer.header("Link")).contains("verify=true");
    }

    @Test
    void verifyTakesTrueOrFalseOnlyAndAnAnswerWithoutItIsNotChecked() {
        HttpExchange bad = server.get("/events?verify=yes");
        HttpExchange plain = server.get("/events?perPage=1");

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("detail").asText()).contains("verify is true or false, not \"yes\"");
        assertThat(plain.header("Anchor-Verified")).isNull();
        assertThat(plain.json().at("/epcisBody/queryResults/resultsBody/eventList/0/anchor:ledger").has("verified"))
                .isFalse();
    }

    @Test
    void pagesFollowTheLinkHeaderWithTheNextPageToken() {
        HttpExchange first = server.get("/events?perPage=2&EQ_bizStep=shipping%7Creceiving");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().path("type").asText()).isEqualTo("EPCISQueryDocument");
        assertThat(eventIds(first.json())).containsExactly(id(0), id(1));
        String link = first.header("Link");
        assertThat(link).matches("<http://127\\.0\\.0\\.1:\\d+/events\\?perPage=2&EQ_bizStep=shipping%7Creceiving"
                + "&nextPageToken=at%3A2>; rel=\"next\"");

        String next = link.substring(link.indexOf("/events"), link.indexOf('>'));
        HttpExchange second = server.get(next);
        assertThat(eventIds(second.json())).containsExactly(id(2), id(3));
        String last = second.header("Link");
        HttpExchange third = server.get(last.substring(last.indexOf("/events"), last.indexOf('>')));
        assertThat(eventIds(third.json())).containsExactly(id(4));
        assertThat(third.header("Link")).isNull();
        assertThat(server.store.asked.get(server.store.asked.size() - 1))
                .isEqualTo(EventQuery.parse(java.util.Map.of("EQ_bizStep", List.of("shipping", "receiving"))));
    }

    @Test
    void eachEventCarriesItsIdAndWhereTheLedgerCommittedIt() {
        JsonNode document = server.get("/events?perPage=1").json();

        JsonNode event = document.at("/epcisBody/queryResults/resultsBody/eventList/0");
        assertThat(event.path("eventID").asText()).isEqualTo(id(0));
        assertThat(event.path("anchor:ledger").path("eventHash").asText()).isEqualTo(id(0));
        assertThat(event.path("anchor:ledger").path("blockNumber").asLong()).isEqualTo(7);
        assertThat(event.path("anchor:ledger").path("transactionId").asText()).isEqualTo("tx0");
        assertThat(document.path("@context").toString()).contains("\"anchor\":\"urn:anchor:epcis:\"");
    }

    @Test
    void anUnknownParameterIsAQueryParameterException() {
        HttpExchange answer = server.sendBad("GET", "/events?EQ_bizstep=shipping", null);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("type").asText()).isEqualTo("epcisException:QueryParameterException");
        assertThat(answer.json().path("detail").asText()).contains("\"EQ_bizstep\"");
    }

    @Test
    void extensionParametersOfTheStandardAreAccepted() {
        HttpExchange answer = server.get("/events?EQ_INNER_ILMD_example:lot=1&GE_value_CEL=3");

        assertThat(answer.status()).isEqualTo(200);
    }

    @Test
    void aBadPageTokenIsAQueryParameterException() {
        HttpExchange answer = server.sendBad("GET", "/events?nextPageToken=forged", null);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("detail").asText()).contains("nextPageToken");
    }

    @Test
    void anEventIsFoundByItsIdEncodedInThePath() {
        HttpExchange answer = server.get("/events/" + encode(id(3)));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(eventIds(answer.json())).containsExactly(id(3));
    }

    @Test
    void anUnknownEventIsNotFound() {
        HttpExchange answer = server.get("/events/" + encode(id(99)));

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().path("type").asText()).isEqualTo("epcisException:NoSuchResourceException");
        assertThat(answer.json().path("detail").asText()).contains(id(99));
    }

    @Test
    void vocabulariesListTheirValuesAndEachValueItsEvents() {
        assertThat(server.get("/bizSteps").json().path("member").toString())
                .isEqualTo("[\"receiving\",\"shipping\"]");
        assertThat(server.get("/eventTypes").json().path("member")).hasSize(5);
        assertThat(server.get("/readPoints").json().path("member").get(0).asText())
                .isEqualTo("urn:epc:id:sgln:0614141.00777.0");
        assertThat(server.get("/bizSteps/receiving").json().path("member").toString()).isEqualTo("[\"events\"]");
        assertThat(eventIds(server.get("/bizSteps/receiving/events").json())).containsExactly(id(3), id(4));
        String epc = encode("urn:epc:id:sgtin:0614141.107346.1");
        assertThat(eventIds(server.get("/epcs/" + epc + "/events").json())).containsExactly(id(1));
        assertThat(server.get("/bizSteps/destroying").status()).isEqualTo(404);
    }

    @Test
    void thePathsFilterCannotBeSetTwice() {
        HttpExchange answer = server.sendBad("GET", "/bizSteps/shipping/events?EQ_bizStep=receiving", null);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("detail").asText()).contains("EQ_bizStep is set by the path");
    }

    @Test
    void perPageMustBeAPositiveNumber() {
        HttpExchange answer = server.sendBad("GET", "/events?perPage=none", null);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("detail").asText()).contains("perPage is \"none\"");
    }
}
