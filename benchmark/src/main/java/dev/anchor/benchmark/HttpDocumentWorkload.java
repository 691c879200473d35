package dev.anchor.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import dev.anchor.client.AnchorClient;
import dev.anchor.client.Organization;
import dev.anchor.client.gateway.LocalNetwork;
import dev.anchor.server.projection.ProjectionLag;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code epcis-http} round: an {@link InProcessServer} of the distributor, and each operation sends one new
 * document of N ObjectEvents to its {@code POST /capture} and asks the job until it succeeded; latency is per
 * document, from the POST to the first answer that shows the job succeeded. The server captures each document as
 * its capture jobs do (the SDK's default transactions and transactions in flight, two jobs at a time) and its
 * projection follows the committed blocks into the server's query store meanwhile: the round reports that
 * projection's lag (from each transaction's capture time to its events in the store) under the capture load.
 *
 * <p>Set-up, not measured: the server starts with a new store that follows the channel from its current height (the
 * blocks before, which the round does not query, are entered as empty: {@link InProcessServer#start}); a document of
 * 10 events is captured through HTTP and the round waits until a query finds it, so the store is current; then the
 * lag is reset.
 */
final class HttpDocumentWorkload implements Workload {
    private static final Duration CATCH_UP = Duration.ofMinutes(5);
    private static final int SETUP_EVENTS = 10;

    private final AnchorClient distributor;
    private final LocalNetwork network;
    private final Path networkFile;
    private final int documentEvents;
    private final RunIds ids;
    private final PrintStream out;
    private InProcessServer server;
    private ObjectEventDocuments documents;
    private volatile String lastEpc;
    private final List<String> notes = new ArrayList<>();

    /**
     * @param participants   the run's clients
     * @param networkFile    the network descriptor (whose organisations the server accepts)
     * @param documentEvents events in each captured document
     * @param ids            the run's ids, which make the EPC serials new
     * @param out            where the set-up's progress goes
     */
    HttpDocumentWorkload(Participants participants, Path networkFile, int documentEvents, RunIds ids, PrintStream out) {
        this.distributor = participants.as(Organization.DISTRIBUTOR);
        this.network = participants.network();
        this.networkFile = networkFile;
        this.documentEvents = documentEvents;
        this.ids = ids;
        this.out = out;
    }

    @Override
    public RoundKind kind() {
        return RoundKind.EPCIS_HTTP;
    }

    @Override
    public int eventsPerOperation() {
        return documentEvents;
    }

    @Override
    public List<String> prepare(int workers) {
        documents = new ObjectEventDocuments(ids.id('P', workers).substring("BENCH-".length()).replace("-", ""));
        long started = System.nanoTime();
        long height;
        try (FloorGateway gateway = new FloorGateway(network.connectionOptions(Organization.DISTRIBUTOR))) {
            height = gateway.chainHeight();
        }
        server = InProcessServer.start(distributor, Organization.DISTRIBUTOR.mspId(), networkFile, height);
        out.printf("[%s] anchor serve started, following the channel from block %d%n", kind().id(), height);
        try {
            JsonNode document = documents.document(SETUP_EVENTS);
            server.capture(document);
            if (!server.awaitQueryable(lastEpcOf(document), CATCH_UP)) {
                throw new BenchmarkException("the server's projection did not catch up with the channel within "
                        + CATCH_UP.toMinutes() + " minutes");
            }
        } catch (IOException e) {
            throw new BenchmarkException("the in-process server did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchmarkException("interrupted while the server was catching up");
        }
        server.lag().reset();
        double seconds = (System.nanoTime() - started) / 1e9;
        return List.of(String.format(Locale.ROOT, "documents of %d ObjectEvents, %d at once, to an in-process anchor "
                        + "serve of the distributor (HTTPS, bearer token, H2 query store); each job's state asked every "
                        + "%d ms; set-up (start from the channel's height, first document) %.1f s", documentEvents, workers,
                InProcessServer.POLL_INTERVAL.toMillis(), seconds));
    }

    @Override
    public Operation operation(int worker) {
        return sequence -> {
            JsonNode document = documents.document(documentEvents);
            JsonNode job = server.capture(document);
            long recorded = job.at("/anchor:progress/recorded").asLong(-1);
            if (recorded != documentEvents) {
                throw new BenchmarkException("a capture job of " + documentEvents + " new events recorded " + recorded
                        + " and found " + job.at("/anchor:progress/duplicates").asLong(-1) + " duplicates");
            }
            lastEpc = lastEpcOf(document);
        };
    }

    /** Waits until the last document captured can be queried, so that the lag covers every transaction of the round. */
    @Override
    public List<String> afterRun() {
        String epc = lastEpc;
        try {
            if (epc != null && !server.awaitQueryable(epc, CATCH_UP)) {
                notes.add("the last document captured was not queryable within " + CATCH_UP.toMinutes() + " minutes");
            }
        } catch (IOException e) {
            notes.add("could not ask the server whether the last document was applied: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ProjectionLag.Snapshot lag = server.lag().snapshot();
        notes.add(String.format(Locale.ROOT, "projection lag (capture time of a transaction to its events in the query "
                        + "store), %d transactions: p50 %d ms, p95 %d ms, max %d ms", lag.transactions(),
                lag.p50().toMillis(), lag.p95().toMillis(), lag.max().toMillis()));
        return List.copyOf(notes);
    }

    @Override
    public Map<String, Double> measures() {
        ProjectionLag.Snapshot lag = server.lag().snapshot();
        Map<String, Double> measures = new LinkedHashMap<>();
        measures.put("projectionLagTransactions", (double) lag.transactions());
        measures.put("projectionLagP50Ms", millis(lag.p50()));
        measures.put("projectionLagP95Ms", millis(lag.p95()));
        measures.put("projectionLagMaxMs", millis(lag.max()));
        return measures;
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
    }

    private static String lastEpcOf(JsonNode document) {
        JsonNode events = document.at("/epcisBody/eventList");
        return events.get(events.size() - 1).at("/epcList/0").asText();
    }

    private static double millis(Duration duration) {
        return duration.toNanos() / 1e6;
    }
}
