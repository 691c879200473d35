package dev.anchor.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NamedQueryRoutesTest {
    private static final String SHIPPED = """
            {"name": "shipped", "query": {"EQ_bizStep": ["shipping"], "eventType": "ObjectEvent"}}""";

    private EpcisTestServer server;

    @BeforeEach
    void start() throws Exception {
        server = new EpcisTestServer();
        server.store.add(EventRoutesTest.event(0, "shipping"));
        server.store.add(EventRoutesTest.event(1, "receiving"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aNamedQueryIsCreatedListedRunAndDeleted() {
        HttpExchange created = server.send("POST", "/queries", SHIPPED,
                "Content-Type", "application/json");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/queries/shipped");

        HttpExchange again = server.send("POST", "/queries", SHIPPED, "Content-Type", "application/json");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("type").asText()).isEqualTo("epcisException:ResourceAlreadyExistsException");

        JsonNode definition = server.get("/queries/shipped").json();
        assertThat(definition.path("name").asText()).isEqualTo("shipped");
        assertThat(definition.path("query").path("EQ_bizStep").get(0).asText()).isEqualTo("shipping");
        assertThat(server.get("/queries").json()).hasSize(1);

        JsonNode results = server.get("/queries/shipped/events").json();
        assertThat(results.at("/epcisBody/queryResults/queryName").asText()).isEqualTo("shipped");
        assertThat(results.at("/epcisBody/queryResults/resultsBody/eventList")).hasSize(1);
        assertThat(results.at("/epcisBody/queryResults/resultsBody/eventList/0/eventID").asText())
                .isEqualTo(EventRoutesTest.id(0));

        assertThat(server.send("DELETE", "/queries/shipped", null).status()).isEqualTo(204);
        HttpExchange gone = server.get("/queries/shipped");
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.json().path("type").asText()).isEqualTo("epcisException:NoSuchNameException");
        assertThat(server.send("DELETE", "/queries/shipped", null).status()).isEqualTo(404);
    }

    @Test
    void aDefinitionWithAnUnknownParameterIsRefused() {
        HttpExchange answer = server.sendBad("POST", "/queries",
                "{\"name\": \"bad\", \"query\": {\"EQ_colour\": \"red\"}}", "Content-Type", "application/json");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("detail").asText()).contains("\"EQ_colour\"");
        assertThat(server.get("/queries").json()).isEmpty();
    }

    @Test
    void anotherOrganisationMayRunButNotCreateQueries() {
        server.send("POST", "/queries", SHIPPED, "Content-Type", "application/json");

        HttpExchange create = server.send("POST", "/queries", SHIPPED.replace("shipped", "mine"),
                "Content-Type", "application/json", EpcisTestServer.CALLER_HEADER, "RetailerMSP");
        assertThat(create.status()).isEqualTo(403);
        assertThat(server.send("DELETE", "/queries/shipped", null, EpcisTestServer.CALLER_HEADER, "RetailerMSP")
                .status()).isEqualTo(403);
        assertThat(server.get("/queries/shipped/events", EpcisTestServer.CALLER_HEADER, "RetailerMSP").status())
                .isEqualTo(200);
    }

    @Test
    void subscriptionControlsOnAPlainGetAskForTheWebSocketUpgrade() {
        server.send("POST", "/queries", SHIPPED, "Content-Type", "application/json");

        HttpExchange answer = server.get("/queries/shipped/events?stream=true");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("type").asText()).isEqualTo("epcisException:SubscriptionControlsException");
        assertThat(answer.json().path("detail").asText()).contains("WebSocket upgrade");
    }
}
