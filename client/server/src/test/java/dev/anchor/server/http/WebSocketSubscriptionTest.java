package dev.anchor.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.anchor.client.epcis.EpcisSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** WebSocket subscriptions ({@code GET /queries/{name}/events} upgraded) with the JDK's WebSocket client. */
class WebSocketSubscriptionTest {
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    private EpcisTestServer server;
    private WebSocket socket;

    /** Collects the text messages (whole) and the close. */
    private static final class Messages implements WebSocket.Listener {
        final BlockingQueue<JsonNode> documents = new LinkedBlockingQueue<>();
        final CompletableFuture<String> closed = new CompletableFuture<>();
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                assertThat(EpcisSchema.validate(text)).as("the EPCIS JSON Schema's problems").isEmpty();
                documents.add(JSON.valueToTree(read(text)));
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode + " " + reason);
            return null;
        }

        private static JsonNode read(String text) {
            try {
                return JSON.readTree(text);
            } catch (java.io.IOException e) {
                throw new AssertionError("not JSON: " + text, e);
            }
        }

        JsonNode next() throws InterruptedException {
            JsonNode document = documents.poll(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            if (document == null) {
                throw new AssertionError("no document within " + PATIENCE);
            }
            return document;
        }

        List<String> eventIds(int count) throws InterruptedException {
            List<String> ids = new ArrayList<>();
            while (ids.size() < count) {
                next().at("/epcisBody/queryResults/resultsBody/eventList")
                        .forEach(e -> ids.add(e.path("eventID").asText()));
            }
            return ids;
        }
    }

    @BeforeEach
    void start() throws Exception {
        server = new EpcisTestServer();
        server.store.add(EventRoutesTest.event(0, "shipping"));   // block 7
        server.store.add(EventRoutesTest.event(1, "receiving"));  // block 8
        server.send("POST", "/queries", "{\"name\": \"shipped\", \"query\": {\"EQ_bizStep\": [\"shipping\"]}}",
                "Content-Type", "application/json");
    }

    @AfterEach
    void stop() {
        if (socket != null) {
            socket.abort();
        }
        server.close();
    }

    private void apply(int... events) throws Exception {
        for (int i : events) {
            server.store.add(EventRoutesTest.event(i, i % 2 == 0 ? "shipping" : "receiving"));
        }
        server.epcis.subscriptions().blocksApplied();
    }

    @Test
    void aStreamDeliversTheNewMatchingEventsWhileTheSocketIsOpen() throws Exception {
        Messages messages = new Messages();
        socket = server.openWebSocket("/queries/shipped/events?stream=true", messages,
                EpcisTestServer.CALLER_HEADER, "RetailerMSP");

        apply(2, 3, 4);

        assertThat(messages.eventIds(2)).containsExactly(EventRoutesTest.id(2), EventRoutesTest.id(4));
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
        assertThat(messages.closed.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)).startsWith("1000");
    }

    @Test
    void aScheduleWithReportIfEmptyAndAnInitialRecordTimeReportsWhatIsStored() throws Exception {
        Messages messages = new Messages();
        socket = server.openWebSocket("/queries/shipped/events?second=%5B0-59%5D&reportIfEmpty=true"
                + "&initialRecordTime=2026-12-03T09:00:00Z", messages);

        JsonNode first = messages.next();
        assertThat(first.at("/epcisBody/queryResults/resultsBody/eventList/0/eventID").asText())
                .isEqualTo(EventRoutesTest.id(0));
        JsonNode second = messages.next();
        assertThat(second.at("/epcisBody/queryResults/resultsBody/eventList")).as("nothing new: empty").isEmpty();
    }

    @Test
    void deletingTheQueryClosesItsSockets() throws Exception {
        Messages messages = new Messages();
        socket = server.openWebSocket("/queries/shipped/events?stream=true", messages);

        assertThat(server.send("DELETE", "/queries/shipped", null).status()).isEqualTo(204);

        assertThat(messages.closed.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS))
                .isEqualTo("1001 the query shipped was deleted");
    }

    @Test
    void anUpgradeIsRefusedWithoutAuthenticationForAnUnknownQueryAndWithBadControls() {
        assertThat(refusal("/queries/shipped/events?stream=true", EpcisTestServer.CALLER_HEADER,
                EpcisTestServer.ANONYMOUS)).isEqualTo(401);
        assertThat(refusal("/queries/nothing/events?stream=true")).isEqualTo(404);
        assertThat(refusal("/queries/shipped/events?stream=true&minute=5")).isEqualTo(400);
        assertThat(refusal("/queries/shipped/events")).isEqualTo(400);
    }

    private int refusal(String pathAndQuery, String... headers) {
        Throwable thrown = catchThrowable(() -> server.openWebSocket(pathAndQuery, new Messages(), headers));
        assertThat(thrown).isInstanceOf(CompletionException.class);
        assertThat(thrown.getCause()).isInstanceOf(WebSocketHandshakeException.class);
        return ((WebSocketHandshakeException) thrown.getCause()).getResponse().statusCode();
    }
}
