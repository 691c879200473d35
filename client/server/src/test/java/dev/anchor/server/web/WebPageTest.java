package dev.anchor.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.anchor.client.AnchorClient;
import dev.anchor.client.events.AnchorEvent;
import dev.anchor.client.events.AnchorEventStream;
import dev.anchor.client.custody.Batch;
import dev.anchor.client.Receipt;
import dev.anchor.model.custody.BatchRecall;
import dev.anchor.server.access.AccessTokens;
import dev.anchor.server.access.Authentication;
import dev.anchor.server.access.Caller;
import dev.anchor.server.access.NetworkMembers;
import dev.anchor.server.http.EpcisApp;
import dev.anchor.server.store.EventStore;
import io.javalin.Javalin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The web page in the EPCIS app: public files, the login cookie, and who may acknowledge a recall. */
class WebPageTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SERVER = "DistributorMSP";

    @TempDir
    Path dir;

    private final AnchorClient ledger = mock(AnchorClient.class);
    private final HttpClient http = HttpClient.newHttpClient();
    private AccessTokens tokens;
    private Javalin app;
    /** Stands in for a client certificate: a request with header X-Test-Msp is that organisation's. */
    private static final String TEST_CALLER = "X-Test-Msp";

    @BeforeEach
    void start() {
        // the live events' stream: one that waits until it is closed, asked for once the server starts
        when(ledger.watchEvents(any(), any())).thenReturn(new AnchorEventStream() {
            private final CountDownLatch closed = new CountDownLatch(1);

            @Override
            public boolean hasNext() {
                try {
                    closed.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return false;
            }

            @Override
            public AnchorEvent next() {
                throw new NoSuchElementException();
            }

            @Override
            public void close() {
                closed.countDown();
            }
        });
        tokens = AccessTokens.load(dir.resolve("token.key"), SERVER);
        Authentication authentication = new Authentication(mock(NetworkMembers.class), tokens, Clock.systemUTC());
        WebPage web = new WebPage(ledger, tokens, SERVER, Clock.systemUTC());
        BrowserAccess access = web.access(authentication);
        app = EpcisApp.create(mock(EventStore.class), ledger, SERVER, config -> {
            config.routes.before(ctx -> {
                String msp = ctx.header(TEST_CALLER);
                if (msp != null) {
                    ctx.attribute(Caller.ATTRIBUTE, new Caller(msp, "CN=test"));
                } else {
                    access.handle(ctx);
                }
            });
            web.register(config);
            config.jetty.modifyServer(jetty -> jetty.setStopTimeout(0));
        });
        app.start("127.0.0.1", 0);
        verify(ledger, timeout(10_000)).watchEvents(any(), any());
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path));
    }

    private static Batch batch(String custodian, Optional<BatchRecall> recall) {
        return new Batch(new dev.anchor.model.custody.Batch("JUICE-1", custodian, 3, "09506000134369", null,
                "0".repeat(64), null, null, null, Instant.parse("2026-12-01T10:00:00Z"), "ManufacturerMSP", "Pear juice",
                BigDecimal.TEN, recall.orElse(null), BigDecimal.TEN, "Press house", "l"), "{}");
    }

    private static Optional<BatchRecall> recalled() {
        return Optional.of(new BatchRecall("PEAR-2", "Listeria", "ManufacturerMSP",
                Instant.parse("2026-12-02T10:00:00Z"), "tx-recall", null, null));
    }

    @Test
    void aBrowserGetsThePageAndItsFilesWithoutLoggingInAndApiClientsStillGetDiscovery() throws Exception {
        HttpResponse<String> page = send(request("/").header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8"));
        HttpResponse<String> script = send(request("/web/app.js"));
        HttpResponse<String> discovery = send(request("/").header("Accept", "application/json"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
        String cytoscape = page.body().replaceAll("(?s).*src=\"(/webjars/cytoscape/[^\"]+)\".*", "$1");
        assertThat(cytoscape).matches("/webjars/cytoscape/\\d+\\.\\d+\\.\\d+/dist/cytoscape\\.min\\.js");
        assertThat(send(request(cytoscape)).statusCode()).as(cytoscape).isEqualTo(200);
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(discovery.statusCode()).as("discovery still needs credentials").isEqualTo(401);
    }

    @Test
    void aTokenOfThisServerLogsInWithAStrictHttpOnlySecureCookieThatTheApiAccepts() throws Exception {
        String token = tokens.issue("alice", Duration.ofHours(1), Instant.now());

        HttpResponse<String> before = send(request("/ui/api/session"));
        HttpResponse<String> beforeFind = send(request("/ui/api/find?q=JUICE-1"));
        HttpResponse<String> login = send(request("/ui/login").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"" + token + "\"}")));
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        HttpResponse<String> session = send(request("/ui/api/session").header("Cookie", cookie.split(";")[0]));
        HttpResponse<String> epcis = send(request("/events").header("Cookie", cookie.split(";")[0]));

        assertThat(before.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(before.body()).path("loggedIn").asBoolean()).isFalse();
        assertThat(beforeFind.statusCode()).isEqualTo(401);
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        assertThat(cookie).startsWith("anchor_session=" + token).contains("HttpOnly", "Secure", "SameSite=Strict",
                "Path=/ui/");
        assertThat(session.statusCode()).isEqualTo(200);
        JsonNode who = JSON.readTree(session.body());
        assertThat(who.path("loggedIn").asBoolean()).isTrue();
        assertThat(who.path("mspId").asText()).isEqualTo(SERVER);
        assertThat(who.path("subject").asText()).isEqualTo("alice");
        assertThat(epcis.statusCode()).as("the cookie is the page's, not the EPCIS binding's").isEqualTo(401);
    }

    @Test
    void aBadTokenIsRefusedAndSetsNoCookie() throws Exception {
        HttpResponse<String> login = send(request("/ui/login").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"token\":\"not-a-token\"}")));
        HttpResponse<String> empty = send(request("/ui/login").POST(HttpRequest.BodyPublishers.ofString("{}")));
        HttpResponse<String> staleCookie = send(request("/ui/api/find?q=X").header("Cookie", "anchor_session=x.y.z"));

        assertThat(login.statusCode()).isEqualTo(401);
        assertThat(login.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(JSON.readTree(login.body()).path("detail").asText()).contains("not valid here");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(staleCookie.statusCode()).isEqualTo(401);
        assertThat(staleCookie.headers().firstValue("Set-Cookie")).hasValueSatisfying(c -> assertThat(c)
                .contains("Max-Age=0"));
    }

    @Test
    void theServersOwnOrganisationAcknowledgesTheRecallOfABatchItHolds() throws Exception {
        when(ledger.getBatch("JUICE-1")).thenReturn(batch(SERVER, recalled()));
        when(ledger.acknowledgeRecall("JUICE-1")).thenReturn(mock(Receipt.class));

        HttpResponse<String> answer = send(request("/ui/api/batches/JUICE-1/recall-acknowledgement")
                .header(TEST_CALLER, SERVER).POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        verify(ledger).acknowledgeRecall("JUICE-1");
    }

    @Test
    void anotherOrganisationABatchHeldElsewhereOrAForeignPageMayNotAcknowledge() throws Exception {
        when(ledger.getBatch("JUICE-1")).thenReturn(batch("RetailerMSP", recalled()));
        HttpResponse<String> notHolder = send(request("/ui/api/batches/JUICE-1/recall-acknowledgement")
                .header(TEST_CALLER, SERVER).POST(HttpRequest.BodyPublishers.noBody()));
        HttpResponse<String> otherOrg = send(request("/ui/api/batches/JUICE-1/recall-acknowledgement")
                .header(TEST_CALLER, "RetailerMSP").POST(HttpRequest.BodyPublishers.noBody()));
        when(ledger.getBatch("JUICE-1")).thenReturn(batch(SERVER, recalled()));
        HttpResponse<String> foreignPage = send(request("/ui/api/batches/JUICE-1/recall-acknowledgement")
                .header(TEST_CALLER, SERVER).header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(notHolder.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(notHolder.body()).path("detail").asText()).contains("held by RetailerMSP");
        assertThat(otherOrg.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(otherOrg.body()).path("detail").asText()).contains("RetailerMSP may read here");
        assertThat(foreignPage.statusCode()).isEqualTo(403);
        verify(ledger, never()).acknowledgeRecall(anyString());
    }

    @Test
    void aDigitalLinkOfAnotherProductFindsNothingAndSaysWhy() throws Exception {
        when(ledger.getBatch("JUICE-1")).thenReturn(batch(SERVER, Optional.empty()));

        HttpResponse<String> found = send(request("/ui/api/find?q=JUICE-1").header(TEST_CALLER, SERVER));
        HttpResponse<String> wrongGtin = send(request("/ui/api/find?q="
                + "https%3A%2F%2Fid.example.com%2F01%2F09506000134352%2F10%2FJUICE-1").header(TEST_CALLER, SERVER));

        assertThat(JSON.readTree(found.body()).path("batchIds").get(0).asText()).isEqualTo("JUICE-1");
        assertThat(wrongGtin.statusCode()).as("a search that finds nothing is answered").isEqualTo(200);
        assertThat(JSON.readTree(wrongGtin.body()).path("batchIds")).isEmpty();
        assertThat(JSON.readTree(wrongGtin.body()).path("problem").asText())
                .isEqualTo("batch JUICE-1 is of GTIN 09506000134369, not 09506000134352");
    }
}
