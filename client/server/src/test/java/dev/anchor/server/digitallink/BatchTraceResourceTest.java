package dev.anchor.server.digitallink;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.anchor.client.AnchorClient;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.TransactionRefusedException;
import dev.anchor.client.custody.Batch;
import dev.anchor.client.provenance.Provenance;
import dev.anchor.server.access.Caller;
import dev.anchor.server.http.EpcisApp;
import dev.anchor.server.store.EventStore;
import io.javalin.Javalin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** {@code GET /01/{gtin}/10/{lot}} in the EPCIS app: the trace of the batch, or a problem that says what is wrong. */
class BatchTraceResourceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GTIN = "09506000134352";

    private final AnchorClient ledger = mock(AnchorClient.class);
    private final HttpClient http = HttpClient.newHttpClient();
    private Javalin app;

    @BeforeEach
    void start() {
        app = EpcisApp.create(mock(EventStore.class), ledger, "DistributorMSP", config -> {
            config.routes.before(ctx -> ctx.attribute(Caller.ATTRIBUTE, new Caller("DistributorMSP", "CN=test")));
            config.routes.get(BatchTraceResource.PATH, new BatchTraceResource(ledger));
            config.jetty.modifyServer(jetty -> jetty.setStopTimeout(0));
        });
        app.start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Batch pears(String lot) {
        return new Batch(new dev.anchor.model.custody.Batch(lot, "ManufacturerMSP", 0, GTIN, null, "0".repeat(64), null,
                null, null, Instant.parse("2026-12-01T10:00:00Z"), "ManufacturerMSP", "Conference pears", BigDecimal.TEN,
                null, BigDecimal.TEN, "Orchard Lane", "kg"), "{}");
    }

    @Test
    void aBatchAnswersAsItsTraceAtItsGtinAlsoWrittenShorter() throws Exception {
        when(ledger.getBatch("PEAR-1")).thenReturn(pears("PEAR-1"));
        when(ledger.getProvenance("PEAR-1")).thenReturn(new Provenance("PEAR-1", List.of()));

        HttpResponse<String> full = get("/01/" + GTIN + "/10/PEAR-1");
        HttpResponse<String> gtin13 = get("/01/" + GTIN.substring(1) + "/10/PEAR-1");

        assertThat(full.statusCode()).as(full.body()).isEqualTo(200);
        assertThat(JSON.readTree(full.body()).path("batchId").asText()).isEqualTo("PEAR-1");
        assertThat(gtin13.statusCode()).isEqualTo(200);
        assertThat(gtin13.body()).isEqualTo(full.body());
    }

    @Test
    void aBatchOfAnotherProductIsNotFoundAndTheProblemSaysWhy() throws Exception {
        when(ledger.getBatch("PEAR-2")).thenReturn(pears("PEAR-2"));
        when(ledger.getProvenance("PEAR-2")).thenReturn(new Provenance("PEAR-2", List.of()));

        HttpResponse<String> answer = get("/01/09506000134369/10/PEAR-2");

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("type").asText()).isEqualTo("epcisException:NoSuchResourceException");
        assertThat(problem.path("detail").asText())
                .isEqualTo("batch PEAR-2 is of GTIN " + GTIN + ", not 09506000134369");
    }

    @Test
    void aLotThatIsNoBatchIsNotFoundAndTheProblemNamesIt() throws Exception {
        when(ledger.getBatch("NONE-1")).thenThrow(new TransactionRefusedException(ErrorCode.BATCH_NOT_FOUND,
                "BATCH_NOT_FOUND: batch NONE-1 does not exist", "tx", null));

        HttpResponse<String> answer = get("/01/" + GTIN + "/10/NONE-1");

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(answer.body()).path("detail").asText())
                .isEqualTo("no batch with lot NONE-1 is on the ledger");
    }

    @Test
    void aGtinThatIsNoGtinIsABadRequestNamingIt() throws Exception {
        HttpResponse<String> answer = get("/01/95060001343/10/PEAR-1");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(answer.body()).path("detail").asText())
                .isEqualTo("gtin: a GTIN is 8, 12, 13 or 14 digits, not \"95060001343\"");
    }
}
