package dev.anchor.server.digitallink;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.anchor.client.AnchorClient;
import dev.anchor.client.Batch;
import dev.anchor.client.BatchTrace;
import dev.anchor.client.ChainVerification;
import dev.anchor.client.ErrorCode;
import dev.anchor.client.Provenance;
import dev.anchor.client.TransactionRefusedException;
import dev.anchor.server.http.EpcisApp;
import dev.anchor.server.http.CaptureLimits;
import dev.anchor.server.store.EventStore;
import io.javalin.Javalin;
import dev.anchor.server.access.Caller;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The GS1 Digital Link resource of a batch, in a started server with the binding's problem answers. */
class BatchTraceResourceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AnchorClient ledger = mock(AnchorClient.class);
    private Javalin app;

    @BeforeEach
    void start() {
        app = new EpcisApp(mock(EventStore.class), ledger, "DistributorMSP", CaptureLimits.DEFAULT, Clock.systemUTC())
                .create(config -> {
                    config.routes.before(ctx -> ctx.attribute(Caller.ATTRIBUTE, new Caller("AuditorMSP", "CN=a")));
                    config.routes.get(BatchTraceResource.PATH, new BatchTraceResource(ledger));
                });
        app.start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port()
                + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private void batch(String id, String gtin) {
        Batch batch = mock(Batch.class);
        when(batch.batchId()).thenReturn(id);
        when(batch.gtin()).thenReturn(gtin);
        Provenance provenance = mock(Provenance.class);
        when(provenance.batchId()).thenReturn(id);
        when(provenance.events()).thenReturn(List.of());
        when(provenance.verify(batch)).thenReturn(ChainVerification.intact(0));
        when(ledger.getBatch(id)).thenReturn(batch);
        when(ledger.getProvenance(id)).thenReturn(provenance);
        when(ledger.epcisEventsOfBatch(id)).thenReturn(List.of());
    }

    @Test
    void aBatchsDigitalLinkAnswersItsTraceAsAnchorTraceJsonDoes() throws Exception {
        batch("PEAR-001", "09506000134352");

        HttpResponse<String> answer = get("/01/09506000134352/10/PEAR-001");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(answer.body())).isEqualTo(JSON.readTree(
                BatchTrace.read(ledger, "PEAR-001").toJson().toString()));
        assertThat(answer.body()).contains("\"batchId\":\"PEAR-001\"").contains("\"intact\":true");
    }

    @Test
    void aShorterGtinIsReadAsTheGtin14ItPadsTo() throws Exception {
        batch("PEAR-002", "00614141107346");

        assertThat(get("/01/614141107346/10/PEAR-002").statusCode()).isEqualTo(200);
    }

    @Test
    void aBatchOfAnotherProductOrNoBatchIs404AndABadGtin400() throws Exception {
        batch("PEAR-003", "09506000134352");
        when(ledger.getBatch("NOPE")).thenThrow(new TransactionRefusedException(ErrorCode.BATCH_NOT_FOUND,
                "no batch NOPE", null, null));

        HttpResponse<String> otherProduct = get("/01/09506000134369/10/PEAR-003");
        HttpResponse<String> missing = get("/01/09506000134352/10/NOPE");
        HttpResponse<String> badGtin = get("/01/95060001343/10/PEAR-003");

        assertThat(otherProduct.statusCode()).isEqualTo(404);
        assertThat(json(otherProduct).path("detail").asText())
                .isEqualTo("batch PEAR-003 is of GTIN 09506000134352, not 09506000134369");
        assertThat(json(otherProduct).path("type").asText()).isEqualTo("epcisException:NoSuchResourceException");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json(missing).path("detail").asText()).isEqualTo("no batch with lot NOPE is on the ledger");
        assertThat(badGtin.statusCode()).isEqualTo(400);
        assertThat(json(badGtin).path("detail").asText()).contains("a GTIN is 8, 12, 13 or 14 digits");
    }

    private static JsonNode json(HttpResponse<String> answer) throws Exception {
        return JSON.readTree(answer.body());
    }
}
