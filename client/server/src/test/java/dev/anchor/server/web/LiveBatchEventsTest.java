package dev.anchor.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.anchor.client.events.AnchorEvent;
import dev.anchor.client.events.AnchorEventStream;
import dev.anchor.model.vocabulary.EventType;
import dev.anchor.client.provenance.ProvenanceEvent;
import io.javalin.Javalin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The page's server-sent events: a page hears of the events that commit on the batches it named, and only those. */
class LiveBatchEventsTest {
    private static final AnchorEvent END = new AnchorEvent(-1, "end", "END", Optional.empty(), List.of(), "");

    /** The ledger's events, as a test hands them over; {@link #END} ends the stream. */
    private final BlockingQueue<AnchorEvent> committed = new LinkedBlockingQueue<>();
    private LiveBatchEvents live;
    private Javalin app;

    @BeforeEach
    void start() {
        live = new LiveBatchEvents((fromBlock, checkpoint) -> new AnchorEventStream() {
            private AnchorEvent next;

            @Override
            public boolean hasNext() {
                try {
                    next = committed.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
                return next != END;
            }

            @Override
            public AnchorEvent next() {
                return next;
            }

            @Override
            public void close() {
                committed.add(END);
            }
        });
        app = Javalin.create(config -> {
            config.routes.sse("/live", live::follow);
            config.events.serverStarted(live::start);
            config.events.serverStopping(live::close);
            config.jetty.modifyServer(jetty -> jetty.setStopTimeout(0));
        });
        app.start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    private static AnchorEvent committedOn(long block, String batchId, EventType type) {
        ProvenanceEvent event = new ProvenanceEvent(7, type, batchId, "tx-" + block, Instant.parse("2026-12-03T08:00:00Z"),
                "ManufacturerMSP", Optional.empty(), Map.of(), "0".repeat(64), "1".repeat(64), "{}");
        return new AnchorEvent(block, "tx-" + block, type.name(), Optional.empty(), List.of(event), "{}");
    }

    @Test
    void aPageHearsOfTheEventsOnItsBatchesOnly() throws Exception {
        HttpResponse<Stream<String>> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + app.port() + "/live?batch=JUICE-1&batch=PEAR-1"))
                .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines());
        Iterator<String> lines = page.body().iterator();
        assertThat(nextEvent(lines)).isEqualTo("ready");

        committed.add(committedOn(40, "OTHER-9", EventType.HANDOFF_INITIATED));
        committed.add(committedOn(41, "PEAR-1", EventType.RECALLED));

        assertThat(nextEvent(lines)).isEqualTo("ledger");
        JsonNode data = new ObjectMapper().readTree(nextData(lines));
        assertThat(data.path("batchId").asText()).isEqualTo("PEAR-1");
        assertThat(data.path("type").asText()).isEqualTo("RECALLED");
        assertThat(data.path("blockNumber").asLong()).isEqualTo(41);
        assertThat(data.path("transactionId").asText()).isEqualTo("tx-41");
    }

    private static String nextEvent(Iterator<String> lines) {
        return next(lines, "event: ");
    }

    private static String nextData(Iterator<String> lines) {
        return next(lines, "data: ");
    }

    private static String next(Iterator<String> lines, String prefix) {
        while (lines.hasNext()) {
            String line = lines.next();
            if (line.startsWith(prefix)) {
                return line.substring(prefix.length());
            }
        }
        throw new AssertionError("the stream ended before a line " + prefix);
    }
}
