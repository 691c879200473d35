package dev.anchor.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.anchor.client.epcis.EpcisCapturer;
import dev.anchor.client.epcis.EpcisReader;
import dev.anchor.client.epcis.EpcisSchema;
import dev.anchor.server.access.Caller;
import dev.anchor.server.verification.LedgerCheck;
import io.javalin.Javalin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * {@link EpcisApp} started on a free loopback port over an {@link InMemoryEventStore} and a Mockito
 * {@link EpcisCapturer}, with a stand-in for authentication on requests and WebSocket upgrades (the caller's MSP ID
 * from the test header {@value #CALLER_HEADER}, the server's own by default, none for {@value #ANONYMOUS}). Every exchange is checked against openapi.yaml, and every
 * EPCISQueryDocument answered against the official EPCIS JSON Schema.
 */
final class EpcisTestServer implements AutoCloseable {
    static final String SERVER_MSP = "DistributorMSP";
    static final String CALLER_HEADER = "X-Test-Caller-MSP";
    /** The value of {@link #CALLER_HEADER} that leaves the request unauthenticated. */
    static final String ANONYMOUS = "anonymous";

    private static final OpenApiContract CONTRACT = new OpenApiContract();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    final InMemoryEventStore store = new InMemoryEventStore();
    final EpcisCapturer capturer = mock(EpcisCapturer.class);
    /** The ledger that {@code ?verify=true} reads. */
    final EpcisReader ledger = mock(EpcisReader.class);
    final EpcisApp epcis;
    private final Javalin app;
    private final HttpClient http = HttpClient.newHttpClient();

    EpcisTestServer() {
        this(CaptureLimits.DEFAULT);
    }

    EpcisTestServer(CaptureLimits limits) {
        epcis = new EpcisApp(store, capturer, SERVER_MSP, limits, Clock.systemUTC())
                .verifyingWith(new LedgerCheck(ledger));
        app = epcis.create(config -> {
            config.routes.before(EpcisTestServer::authenticate);
            config.routes.wsBeforeUpgrade(EpcisTestServer::authenticate);
            // the test's client keeps its connections open: stop without waiting for them
            config.jetty.modifyServer(jetty -> jetty.setStopTimeout(0));
        });
        app.start("127.0.0.1", 0);
    }

    private static void authenticate(io.javalin.http.Context ctx) {
        String msp = ctx.header(CALLER_HEADER);
        if (!ANONYMOUS.equals(msp)) {
            ctx.attribute(Caller.ATTRIBUTE, new Caller(msp == null ? SERVER_MSP : msp, "CN=test"));
        }
    }

    /** @return the port it listens on (127.0.0.1) */
    int port() {
        return app.port();
    }

    /**
     * Opens a WebSocket subscription (ws://, {@code GET} upgraded), checking the upgrade request against openapi.yaml.
     *
     * @param pathAndQuery the path and query string, e.g. {@code /queries/q/events?stream=true}
     * @param headers      name, value, name, value, ...
     * @return the socket once open
     * @throws java.util.concurrent.CompletionException when the server refuses the upgrade (a
     *                                                  {@link java.net.http.WebSocketHandshakeException})
     */
    java.net.http.WebSocket openWebSocket(String pathAndQuery, java.net.http.WebSocket.Listener listener,
                                          String... headers) {
        String[] all = java.util.Arrays.copyOf(headers, headers.length + 4);
        all[headers.length] = "Upgrade";
        all[headers.length + 1] = "websocket";
        all[headers.length + 2] = "Connection";
        all[headers.length + 3] = "Upgrade";
        CONTRACT.checkRequest("GET", pathAndQuery, null, all);
        java.net.http.WebSocket.Builder builder = http.newWebSocketBuilder();
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder.buildAsync(URI.create("ws://127.0.0.1:" + app.port() + pathAndQuery), listener).join();
    }

    HttpExchange get(String pathAndQuery, String... headers) {
        return send("GET", pathAndQuery, null, headers);
    }

    /**
     * Sends a request and checks the exchange against openapi.yaml.
     *
     * @param pathAndQuery the path as sent on the wire (percent-encoded), with its query string
     * @param headers      name, value, name, value, ...
     */
    HttpExchange send(String method, String pathAndQuery, String body, String... headers) {
        return exchange(true, method, pathAndQuery, body, headers);
    }

    /** As {@link #send}, for a request that breaks the contract on purpose: only the answer is checked. */
    HttpExchange sendBad(String method, String pathAndQuery, String body, String... headers) {
        return exchange(false, method, pathAndQuery, body, headers);
    }

    private HttpExchange exchange(boolean valid, String method, String pathAndQuery, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port()
                + pathAndQuery)).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        CONTRACT.check(method, pathAndQuery, body, response, valid, headers);
        HttpExchange exchange = new HttpExchange(response.statusCode(), response.headers(), response.body());
        if (exchange.status() == 200 && exchange.body().startsWith("{")
                && exchange.json().path("type").asText().equals("EPCISQueryDocument")) {
            assertThat(EpcisSchema.validate(exchange.body())).as("the EPCIS JSON Schema's problems with "
                    + exchange.body()).isEmpty();
        }
        return exchange;
    }

    @Override
    public void close() {
        app.stop();
    }
}
