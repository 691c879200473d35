package dev.anchor.client.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.rpc.Code;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.Organization;
import dev.anchor.client.TransactionRefusedException;
import dev.anchor.client.epcis.EpcisQuery;
import dev.anchor.client.epcis.EpcisQueryPage;
import dev.anchor.client.epcis.EpcisSchema;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.GatewayException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** queryEpcis: what the client sends for QueryEpcisEvents and the EPCISQueryDocument it makes of the answer. */
class EpcisQueryClientTest {
    static final String SHIP = "{\"action\":\"OBSERVE\",\"bizStep\":\"shipping\",\"epcList\":[\"urn:epc:id:sgtin:0614141.107346.2017\"],"
            + "\"eventTime\":\"2026-01-01T10:00:00Z\",\"eventTimeZoneOffset\":\"+00:00\",\"type\":\"ObjectEvent\"}";
    static final String RECEIVE = "{\"action\":\"OBSERVE\",\"bizStep\":\"receiving\",\"epcList\":[\"urn:epc:id:sgtin:0614141.107346.2017\"],"
            + "\"eventID\":\"ni:///sha-256;given?ver=CBV2.0\",\"example:note\":\"kept\",\"eventTime\":\"2026-01-02T10:00:00Z\","
            + "\"eventTimeZoneOffset\":\"+00:00\",\"type\":\"ObjectEvent\"}";
    static final String STANDARD = "\"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\"";

    static String record(String id, String context, String event) {
        return "{\"capturedAt\":\"2026-11-25T15:00:00Z\",\"capturedBy\":\"ManufacturerMSP\",\"context\":" + context
                + ",\"event\":" + event + ",\"eventId\":\"" + id + "\",\"txId\":\"t1\"}";
    }

    private final Contract contract = mock(Contract.class);
    private final GatewayAnchorClient client = new GatewayAnchorClient(contract, Organization.AUDITOR, "peer", null);

    private void answer(String query, String pageSize, String bookmark, String json) throws Exception {
        when(contract.evaluateTransaction("QueryEpcisEvents", query, pageSize, bookmark))
                .thenReturn(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void sendsTheParametersAndMakesAnEpcisQueryDocument() throws Exception {
        EpcisQuery query = EpcisQuery.all().with("EQ_bizStep", "shipping", "receiving")
                .with("MATCH_epc", "urn:epc:idpat:sgtin:0614141.107346.*").from(Instant.parse("2026-01-01T00:00:00Z"));
        answer("{\"EQ_bizStep\":[\"shipping\",\"receiving\"],\"GE_eventTime\":[\"2026-01-01T00:00:00Z\"],"
                        + "\"MATCH_epc\":[\"urn:epc:idpat:sgtin:0614141.107346.*\"]}", "2", "",
                "{\"bookmark\":\"Mjo\",\"events\":[" + record("ni:///sha-256;aa?ver=CBV2.0", "[" + STANDARD + "]", SHIP) + ","
                        + record("ni:///sha-256;given?ver=CBV2.0", "[" + STANDARD + ",{\"example\":\"http://ns.example.com/\"}]",
                        RECEIVE) + "]}");

        EpcisQueryPage page = client.queryEpcis(query, 2, null);

        JsonNode document = page.document();
        assertThat(document.get("type").asText()).isEqualTo("EPCISQueryDocument");
        assertThat(document.get("schemaVersion").asText()).isEqualTo("2.0");
        assertThat(document.get("@context").toString())
                .isEqualTo("[" + STANDARD + ",{\"example\":\"http://ns.example.com/\"}]");
        assertThat(document.at("/epcisBody/queryResults/queryName").asText()).isEqualTo("SimpleEventQuery");
        assertThat(page.events()).hasSize(2);
        assertThat(page.events().get(0).get("eventID").asText()).isEqualTo("ni:///sha-256;aa?ver=CBV2.0");
        assertThat(page.events().get(0).get("bizStep").asText()).isEqualTo("shipping");
        assertThat(page.events().get(1).get("eventID").asText()).isEqualTo("ni:///sha-256;given?ver=CBV2.0");
        assertThat(page.events().get(1).get("example:note").asText()).isEqualTo("kept");
        assertThat(page.bookmark()).contains("Mjo");
    }

    @Test
    void followsEveryPageIntoOneDocument() throws Exception {
        answer("{}", "1000", "", "{\"bookmark\":\"b1\",\"events\":[" + record("id1", STANDARD, SHIP) + "]}");
        answer("{}", "1000", "b1", "{\"events\":[" + record("id2", "[" + STANDARD + ",{\"example\":\"http://ns.example.com/\"}]",
                RECEIVE) + "]}");

        EpcisQueryPage all = client.queryEpcis(EpcisQuery.all());

        assertThat(all.bookmark()).isEmpty();
        assertThat(all.events()).extracting(e -> e.get("eventID").asText())
                .containsExactly("id1", "ni:///sha-256;given?ver=CBV2.0");
        assertThat(all.document().get("@context")).hasSize(2);
    }

    @Test
    void aRefusedQueryCarriesItsCode() throws Exception {
        when(contract.evaluateTransaction("QueryEpcisEvents", "{\"orderBy\":[\"x\"]}", "10", "")).thenThrow(new GatewayException(
                GatewayErrorsTest.gatewayError(Code.UNKNOWN, "chaincode response 500, INVALID_EPCIS_QUERY: parameter orderBy is not")));

        TransactionRefusedException e = catchThrowableOfType(TransactionRefusedException.class,
                () -> client.queryEpcis(EpcisQuery.all().with("orderBy", "x"), 10, ""));

        assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_EPCIS_QUERY);
    }

    @Test
    void aBlankNodeEventIdIsGivenAsTheIdTheEventIsStoredUnder() throws Exception {
        String blank = RECEIVE.replace("ni:///sha-256;given?ver=CBV2.0", "_:event1");
        answer("{}", "10", "", "{\"events\":[" + record("ni:///sha-256;bb?ver=CBV2.0", STANDARD, blank) + ","
                + record("ni:///sha-256;cc?ver=CBV2.0", STANDARD, blank.replace("receiving", "shipping")) + "]}");

        EpcisQueryPage page = client.queryEpcis(EpcisQuery.all(), 10, null);

        assertThat(page.events()).extracting(e -> e.get("eventID").asText())
                .containsExactly("ni:///sha-256;bb?ver=CBV2.0", "ni:///sha-256;cc?ver=CBV2.0");
        assertThat(EpcisSchema.validate(page.document())).isEmpty();
    }

    /** Events captured under any address of the standard context come out under the standard context once. */
    @ParameterizedTest
    @ValueSource(strings = {"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
            "https://ref.gs1.org/standards/epcis/epcis-context.jsonld",
            "https://gs1.github.io/EPCIS/epcis-context.jsonld"})
    void eachStandardContextAddressIsTheStandardContext(String address) throws Exception {
        answer("{}", "10", "", "{\"events\":[" + record("id1", "\"" + address + "\"", SHIP) + ","
                + record("id2", "[\"" + address + "\",{\"example\":\"http://ns.example.com/\"}]", RECEIVE) + "]}");

        EpcisQueryPage page = client.queryEpcis(EpcisQuery.all(), 10, null);

        assertThat(page.document().get("@context").toString())
                .isEqualTo("[" + STANDARD + ",{\"example\":\"http://ns.example.com/\"}]");
    }
}
