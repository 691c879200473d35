package dev.anchor.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.anchor.client.AnchorClient;
import dev.anchor.client.epcis.CommittedEpcisBlock;
import dev.anchor.server.AnchorServer;
import dev.anchor.server.ServerSettings;
import dev.anchor.server.access.AccessTokens;
import dev.anchor.server.access.CertifiedKey;
import dev.anchor.server.access.LocalMembers;
import dev.anchor.server.projection.ProjectionLag;
import dev.anchor.server.store.EventStore;
import dev.anchor.server.store.EventStores;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * An {@code anchor serve} in the benchmark's own JVM, and an HTTPS client of it: the server of one organisation
 * (its captures go to the ledger as that organisation), listening on a free port of 127.0.0.1 with a self-signed
 * certificate, a new H2 query store and a new token secret, all in a temporary folder that {@link #close()} deletes.
 * The client trusts that certificate only and authenticates with a bearer token of the organisation.
 */
final class InProcessServer implements AutoCloseable {
    /** How often a capture job's state is asked while it runs. */
    static final Duration POLL_INTERVAL = Duration.ofMillis(20);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path folder;
    private final AnchorServer server;
    private final HttpClient http;
    private final String token;
    private final URI base;

    private InProcessServer(Path folder, AnchorServer server, HttpClient http, String token) {
        this.folder = folder;
        this.server = server;
        this.http = http;
        this.token = token;
        this.base = URI.create("https://127.0.0.1:" + server.port());
    }

    /**
     * Starts a server acting as {@code ledger}'s organisation, its store's projection following the channel from
     * block {@code fromBlock}: the blocks before are entered in the new store as empty (one database transaction
     * each, no reading of the ledger), so that the server does not read the whole channel before it is current.
     *
     * @param ledger      the organisation's client, which the server captures through and follows blocks with
     * @param mspId       its MSP id
     * @param networkFile the network descriptor, whose organisations' client certificates the server accepts
     * @param fromBlock   the first block the projection reads, e.g. the channel's height
     */
    static InProcessServer start(AnchorClient ledger, String mspId, Path networkFile, long fromBlock) {
        Path folder = TemporaryFolders.create("anchor-benchmark-serve-", "the server");
        try {
            Instant now = Instant.now();
            CertifiedKey certificate = CertifiedKey.selfSigned(folder.resolve("tls"), now);
            AccessTokens tokens = AccessTokens.load(folder.resolve("token.key"), mspId);
            String storeUrl = "jdbc:h2:file:" + folder.resolve("epcis").toAbsolutePath();
            try (EventStore store = EventStores.open(storeUrl)) {
                for (long block = store.nextBlock(); block < fromBlock; block++) {
                    store.apply(new CommittedEpcisBlock(block, List.of()));
                }
            }
            ServerSettings settings = new ServerSettings(mspId, "127.0.0.1", 0, storeUrl, certificate,
                    LocalMembers.of(null, networkFile), tokens, 100, 4);
            AnchorServer server = AnchorServer.start(settings, ledger);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .sslContext(trusting(certificate)).connectTimeout(Duration.ofSeconds(10)).build();
            return new InProcessServer(folder, server, http, tokens.issue("benchmark", Duration.ofDays(1), now));
        } catch (RuntimeException e) {
            TemporaryFolders.delete(folder);
            throw e;
        }
    }

    /**
     * Captures a document: {@code POST /capture}, then asks its job every {@link #POLL_INTERVAL} until it ended.
     *
     * @return the job as the server answers it ({@code running} false)
     * @throws BenchmarkException when the server refuses the document or the job did not succeed
     */
    JsonNode capture(JsonNode document) throws IOException, InterruptedException {
        HttpResponse<String> posted = http.send(request("/capture")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(document))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (posted.statusCode() != 202) {
            throw new BenchmarkException("POST /capture answered " + posted.statusCode() + ": " + posted.body());
        }
        String location = posted.headers().firstValue("Location")
                .orElseThrow(() -> new BenchmarkException("POST /capture answered 202 without a Location"));
        while (true) {
            JsonNode job = get(location);
            if (!job.path("running").asBoolean(true)) {
                if (!job.path("success").asBoolean(false)) {
                    throw new BenchmarkException("capture job " + location + " failed: " + job.path("errors"));
                }
                return job;
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
    }

    /**
     * Waits until a query of the EPC finds an event, that is until the projection has applied its transaction.
     *
     * @return whether it did within {@code timeout}
     */
    boolean awaitQueryable(String epc, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String path = "/events?MATCH_epc=" + URLEncoder.encode(epc, StandardCharsets.UTF_8);
        while (System.nanoTime() < deadline) {
            JsonNode answer = get(path);
            if (answer.at("/epcisBody/queryResults/resultsBody/eventList").size() > 0) {
                return true;
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
        return false;
    }

    /** @return the server's projection lag, per transaction applied since it started or was last reset */
    ProjectionLag lag() {
        return server.projection().lag();
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(request(path).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new BenchmarkException("GET " + path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return JSON.readTree(answer.body());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token);
    }

    /** Stops the server, then deletes its folder (store, certificate, token secret). */
    @Override
    public void close() {
        try {
            server.close();
        } finally {
            TemporaryFolders.delete(folder);
        }
    }

    private static SSLContext trusting(CertifiedKey certificate) {
        try {
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            trusted.setCertificateEntry("anchor-serve", certificate.certificate());
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot trust the server's certificate: " + e.getMessage(), e);
        }
    }
}
