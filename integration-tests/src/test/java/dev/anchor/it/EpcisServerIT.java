package dev.anchor.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchor.client.ConnectionOptions;
import dev.anchor.client.custody.ProductionRecord;
import dev.anchor.client.epcis.EpcisCaptureReport;
import dev.anchor.client.epcis.EpcisEventHash;
import dev.anchor.client.epcis.EpcisEvents;
import dev.anchor.client.lineage.BatchTrace;
import dev.anchor.server.AnchorServer;
import dev.anchor.server.ServerSettings;
import dev.anchor.server.access.AccessTokens;
import dev.anchor.server.access.CertifiedKey;
import dev.anchor.server.access.LocalMembers;
import dev.anchor.server.http.HttpExchange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static dev.anchor.client.Organization.DISTRIBUTOR;
import static dev.anchor.client.Organization.MANUFACTURER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code anchor serve} on the real network, in process, called over HTTPS as its users would: the distributor's
 * server with an H2 query store that its projection fills from the channel's committed blocks. Every official
 * GS1 example is captured through {@code POST /capture} and queried back through {@code GET /events} under its
 * CBV 2.0 event hashes; callers are authenticated by their organisation's certificate or the server's bearer
 * token; a batch answers at its GS1 Digital Link; a restarted server catches up and holds no event twice. Every
 * answer is checked against GS1's openapi.yaml, and every EPCISQueryDocument against the EPCIS JSON Schema.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EpcisServerIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LEDGER = "anchor:ledger";
    /** How long a capture job or the projection may take before the test fails. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** A first projection follows the whole chain from block 0. */
    private static final Duration CATCH_UP = Duration.ofMinutes(3);
    /** Event times no other test uses (the round trip uses +3000 days, the feed +4000), new in every run. */
    private static final Instant BASE = Instant.now().plus(Duration.ofDays(5000)).truncatedTo(ChronoUnit.MILLIS);
    private static final String RUN = Long.toString(BASE.toEpochMilli() % 10_000_000_000L);
    private static final AtomicInteger EPCS = new AtomicInteger();
    private static final Pattern CAPTURE_ID = Pattern.compile("^/capture/([\\w-]+)$");

    @RegisterExtension
    static final TestNetwork network = TestNetwork.open();

    @TempDir
    static Path dir;

    private static ServerSettings settings;
    private static AnchorServer server;
    private static LedgerAgreement peers;
    /** The distributor's User1, by the certificate the network descriptor names. */
    private static EpcisServerCaller distributor;

    @BeforeAll
    static void startServer() throws Exception {
        peers = new LedgerAgreement(network.descriptor());
        settings = new ServerSettings(DISTRIBUTOR.mspId(), "127.0.0.1", 0,
                "jdbc:h2:file:" + dir.resolve("epcis").toAbsolutePath(),
                CertifiedKey.selfSigned(dir.resolve("tls"), Instant.now()),
                LocalMembers.of(null, TestNetwork.anchorHome().resolve(".anchor/network.json")),
                AccessTokens.load(dir.resolve("token.key"), DISTRIBUTOR.mspId()), 100, 4);
        server = AnchorServer.start(settings, network.as(DISTRIBUTOR));
        distributor = caller(identity(network.descriptor().connectionOptions(DISTRIBUTOR)));
        awaitProjection(CATCH_UP);
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
        }
        if (peers != null) {
            peers.close();
        }
    }

    private static CertifiedKey identity(ConnectionOptions options) {
        return CertifiedKey.read(options.certificate(), options.privateKey());
    }

    private static EpcisServerCaller caller(CertifiedKey client) {
        return new EpcisServerCaller(settings.certificate().certificate(), client, () -> server.port());
    }

    // ---- every official example ----

    @TestFactory
    Stream<DynamicTest> everyOfficialExampleIsCapturedAndQueriedBackUnderItsEventHashes() throws IOException {
        Path examples = EpcisConformanceIT.examples();
        assumeTrue(Files.isDirectory(examples), "assumption: the GS1 EPCIS examples are at " + examples
                + " (../shared/epcis/JSON next to the repository, or -Depcis.examples=DIR); they are not on this "
                + "machine, so the server's conformance tests are skipped");
        ConformanceTable table = ConformanceTable.read(TestNetwork.anchorHome().resolve("docs/epcis-conformance.md"));
        List<Path> files = EpcisConformanceIT.exampleFiles(examples);
        return files.stream().map(file -> {
            String name = examples.relativize(file).toString().replace('\\', '/');
            ConformanceTable.Row row = table.rows().get(name);
            return DynamicTest.dynamicTest(name, () -> {
                assertThat(row).as("docs/epcis-conformance.md lists %s", name).isNotNull();
                String document = Files.readString(file);
                if (row.captured()) {
                    capturedAndQueriedBack(document, row);
                } else {
                    refused(document, row);
                }
            });
        });
    }

    private static void capturedAndQueriedBack(String document, ConformanceTable.Row row) throws Exception {
        JsonNode parsed = JSON.readTree(document);
        List<JsonNode> events = EpcisEvents.of(parsed).orElseThrow();
        List<String> ids = EpcisEventHash.ofDocument(parsed);

        JsonNode first = capture(document);
        assertThat(first.at("/anchor:progress/events").asInt()).isEqualTo(row.events());
        awaitProjection(PATIENCE);
        JsonNode again = capture(document);
        assertThat(again.at("/anchor:progress/recorded").asInt()).as("recorded by the second capture").isZero();
        assertThat(again.at("/anchor:progress/duplicates").asInt()).isEqualTo(row.events());
        awaitProjection(PATIENCE);

        List<Instant> times = events.stream().map(e -> OffsetDateTime.parse(e.get("eventTime").asText()).toInstant())
                .sorted().toList();
        String types = events.stream().map(e -> e.get("type").asText()).distinct().collect(Collectors.joining("|"));
        List<Answered> answered = queryAll("eventType=" + encode(types) + "&GE_eventTime=" + encode(times.get(0))
                + "&LT_eventTime=" + encode(times.get(times.size() - 1).plusSeconds(1)) + "&perPage=5");
        Map<String, List<Answered>> byHash = answered.stream().collect(Collectors.groupingBy(Answered::eventHash));
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            assertThat(byHash.get(id)).as("copies of event %d (%s) in the store", i, id).hasSize(1);
            assertStored(byHash.get(id).get(0), id);
        }
        // the events this capture recorded (the others were on the ledger before) name its transactions
        List<String> transactions = jsonStrings(first.at("/anchor:progress/transactionIds"));
        assertThat(ids.stream().distinct().filter(id -> transactions.contains(
                byHash.get(id).get(0).event().at("/" + LEDGER + "/transactionId").asText())).count())
                .as("events committed by the capture's transactions %s", transactions)
                .isEqualTo(first.at("/anchor:progress/recorded").asLong());
    }

    /** An event of a query answer, with its answer's {@code @context}. */
    private record Answered(JsonNode event, JsonNode context) {
        String eventHash() {
            return event.at("/" + LEDGER + "/eventHash").asText();
        }
    }

    /**
     * An answered event: hashed with the answer's {@code @context} (without the ledger member Anchor adds) it gives
     * the hash it is stored under; it has an {@code eventID} (that hash, or what a captured copy carried, never a
     * blank node); it names the block and transaction that committed it.
     */
    private static void assertStored(Answered answered, String id) {
        JsonNode ledger = answered.event().get(LEDGER);
        assertThat(ledger.path("blockNumber").isIntegralNumber()).as("block number of %s", id).isTrue();
        assertThat(ledger.path("blockNumber").asLong()).isBetween(0L, server.projection().lastAppliedBlock()
                .orElseThrow());
        assertThat(ledger.path("transactionId").asText()).as("transaction of %s", id).matches("[0-9a-f]{64}");
        ObjectNode event = answered.event().deepCopy();
        event.remove(LEDGER);
        assertThat(EpcisEventHash.of(event, answered.context())).as("hash of the answered event").isEqualTo(id);
        assertThat(answered.event().path("eventID").asText()).as("eventID of %s", id).isNotEmpty()
                .doesNotStartWith("_:");
    }

    private static void refused(String document, ConformanceTable.Row row) {
        HttpExchange refused = distributor.send("POST", "/capture", document, false,
                "Content-Type", "application/json");
        assertThat(refused.status()).as("capture of a document the schema refuses: " + refused.body()).isEqualTo(400);
        assertThat(refused.json().path("type").asText()).isEqualTo("epcisException:ValidationException");
        String detail = refused.json().path("detail").asText();
        assertThat(detail).contains("nothing was captured: ");
        assertThat(problemsOf(detail)).as("the problems answered; the table's note: " + row.notes())
                .anySatisfy(problem -> assertThat(row.notes()).contains(problem));
    }

    /** The problems a ValidationException's detail lists ("…; nothing was captured: p1; p2"). */
    private static List<String> problemsOf(String detail) {
        String list = detail.substring(detail.indexOf("nothing was captured: ") + "nothing was captured: ".length());
        return List.of(list.split("; "));
    }

    // ---- authentication ----

    @Test
    void onlyMembersAndTheServersTokenHoldersGetIn(@TempDir Path foreignDir) throws Exception {
        EpcisServerCaller anonymous = caller(null);
        HttpExchange nobody = anonymous.get("/events?perPage=1");
        assertThat(nobody.status()).isEqualTo(401);
        assertThat(nobody.header("Content-Type")).startsWith("application/problem+json");
        assertThat(nobody.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(nobody.json().path("detail").asText()).contains("authenticate with a client certificate");

        ForeignCertificateAuthority.Issued forged = ForeignCertificateAuthority.create(DISTRIBUTOR.mspId())
                .issue("User1@distributor.anchor.local", foreignDir);
        HttpExchange foreign = caller(CertifiedKey.read(forged.certificate(), forged.privateKey()))
                .get("/events?perPage=1");
        assertThat(foreign.status()).isEqualTo(401);
        assertThat(foreign.json().path("detail").asText()).contains("is not one of the network's organisations'")
                .contains("CN=ca." + DISTRIBUTOR.mspId());

        String token = settings.tokens().issue("User1", Duration.ofMinutes(10), Instant.now());
        assertThat(anonymous.get("/events?perPage=1", "Authorization", "Bearer " + token).status()).isEqualTo(200);
        HttpExchange badToken = anonymous.get("/events?perPage=1", "Authorization", "Bearer " + token
                .substring(0, token.length() - 2) + "xx");
        assertThat(badToken.status()).isEqualTo(401);

        EpcisServerCaller manufacturer = caller(identity(network.descriptor().connectionOptions(MANUFACTURER)));
        assertThat(manufacturer.get("/events?perPage=1").status()).as("another member reads").isEqualTo(200);
        HttpExchange write = manufacturer.post("/capture", document(observe(1, epc('A'))));
        assertThat(write.status()).as("another member may not capture as " + DISTRIBUTOR.mspId() + ": " + write.body())
                .isEqualTo(403);
        assertThat(write.json().path("detail").asText()).contains(MANUFACTURER.mspId());
    }

    // ---- one event ----

    @Test
    void aCapturedEventAnswersAtItsEventIdAndAnUnknownOneIsNotFound() throws Exception {
        String document = document(observe(1, epc('O')), observe(2, epc('O')));
        List<String> ids = EpcisEventHash.ofDocument(JSON.readTree(document));
        JsonNode job = capture(document);
        assertThat(job.at("/anchor:progress/recorded").asInt()).isEqualTo(2);
        awaitProjection(PATIENCE);

        HttpExchange answer = distributor.get("/events/" + encode(ids.get(1)));
        assertThat(answer.status()).isEqualTo(200);
        JsonNode list = answer.json().at("/epcisBody/queryResults/resultsBody/eventList");
        assertThat(list).hasSize(1);
        assertThat(list.get(0).path("eventID").asText()).isEqualTo(ids.get(1));
        assertThat(list.get(0).path("eventTime").asText()).isEqualTo(BASE.plusSeconds(2).toString());
        assertThat(list.get(0).at("/" + LEDGER + "/transactionId").asText())
                .isIn(jsonStrings(job.at("/anchor:progress/transactionIds")));

        String unknown = "ni:///sha-256;" + "0".repeat(64) + "?ver=CBV2.0";
        HttpExchange missing = distributor.get("/events/" + encode(unknown));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().path("detail").asText()).contains(unknown);
    }

    // ---- GS1 Digital Link ----

    @Test
    void aBatchAnswersAtItsDigitalLinkAsItsTrace() {
        String gtin = "09506000134352";
        String lot = "SIT-" + RUN;
        network.as(MANUFACTURER).recordProduction(new ProductionRecord(lot, gtin, "Conference pears",
                new BigDecimal("40"), "kg", "Orchard Lane"));
        network.settle();

        HttpExchange trace = distributor.get("/01/" + gtin + "/10/" + lot);
        assertThat(trace.status()).as(trace.body()).isEqualTo(200);
        assertThat(JsonValues.byValue(trace.json()))
                .isEqualTo(JsonValues.byValue(BatchTrace.read(network.as(DISTRIBUTOR), lot).toJson()));

        HttpExchange otherProduct = distributor.get("/01/09506000134369/10/" + lot);
        assertThat(otherProduct.status()).isEqualTo(404);
        assertThat(otherProduct.json().path("detail").asText()).contains(gtin);
        assertThat(distributor.get("/01/" + gtin + "/10/" + lot + "-NONE").status()).isEqualTo(404);
    }

    // ---- restart ----

    /** First, so that every other test also checks the restarted server's store (each event in it once). */
    @Test
    @Order(1)
    void aRestartedServerCatchesUpAndHoldsNoEventTwice() throws Exception {
        String shared = epc('R');
        String before = document(observe(10, shared));
        String whileDown = document(observe(11, shared), observe(12, shared));
        List<String> ids = new ArrayList<>(EpcisEventHash.ofDocument(JSON.readTree(before)));
        ids.addAll(EpcisEventHash.ofDocument(JSON.readTree(whileDown)));
        capture(before);
        awaitProjection(PATIENCE);
        long appliedBefore = server.projection().lastAppliedBlock().orElseThrow();

        server.close();
        EpcisCaptureReport report = network.as(DISTRIBUTOR).captureEpcis(JSON.readTree(whileDown));
        assertThat(report.recorded()).hasSize(2);
        server = AnchorServer.start(settings, network.as(DISTRIBUTOR));
        assertThat(server.projection().lastAppliedBlock().orElse(-1)).as("where the store's checkpoint says, not 0")
                .isGreaterThanOrEqualTo(appliedBefore);
        awaitProjection(PATIENCE);

        for (String id : ids) {
            assertThat(distributor.get("/events/" + encode(id)).status()).as("event %s", id).isEqualTo(200);
        }
        assertThat(queryAll("MATCH_epc=" + encode(shared) + "&perPage=2")).extracting(Answered::eventHash)
                .containsExactlyInAnyOrderElementsOf(ids);
    }

    // ---- helpers ----

    /** POST /capture, then the job until it is done: 202 with a Location, and a job that succeeded. */
    private static JsonNode capture(String document) throws InterruptedException {
        HttpExchange accepted = distributor.post("/capture", document);
        assertThat(accepted.status()).as("POST /capture: " + accepted.body()).isEqualTo(202);
        String location = accepted.header("Location");
        Matcher job = CAPTURE_ID.matcher(location == null ? "" : location);
        assertThat(job.matches()).as("Location of the capture job: %s", location).isTrue();
        Instant deadline = Instant.now().plus(PATIENCE);
        while (true) {
            HttpExchange state = distributor.get(location);
            assertThat(state.status()).as("GET " + location + ": " + state.body()).isEqualTo(200);
            JsonNode json = state.json();
            assertThat(json.path("captureID").asText()).isEqualTo(job.group(1));
            if (!json.path("running").asBoolean()) {
                assertThat(json.path("success").asBoolean()).as("capture job " + json).isTrue();
                assertThat(json.path("errors")).as("errors of capture job " + json).isEmpty();
                return json;
            }
            if (Instant.now().isAfter(deadline)) {
                fail("capture job %s still running after %s s: %s", location, PATIENCE.toSeconds(), json);
            }
            Thread.sleep(100);
        }
    }

    /**
     * Waits until the query store holds every block the distributor's peer has committed (the server's
     * projection follows that peer); the capture jobs finished, so their blocks are among them.
     */
    private static void awaitProjection(Duration patience) throws Exception {
        long last = peers.chainInfo(DISTRIBUTOR).height() - 1;
        if (!server.projection().awaitBlock(last, patience)) {
            fail("the projection did not reach block %d in %s s: it is at %s, problem: %s", last,
                    patience.toSeconds(), server.projection().lastAppliedBlock(),
                    server.projection().problem().orElse("none"));
        }
    }

    /** GET /events with the query, every page (following {@code nextPageToken} in the Link header). */
    private static List<Answered> queryAll(String query) {
        List<Answered> events = new ArrayList<>();
        String next = "/events?" + query;
        for (int page = 0; next != null; page++) {
            assertThat(page).as("pages of " + query).isLessThan(1000);
            HttpExchange answer = distributor.get(next);
            assertThat(answer.status()).as("GET " + next + ": " + answer.body()).isEqualTo(200);
            JsonNode document = answer.json();
            document.at("/epcisBody/queryResults/resultsBody/eventList")
                    .forEach(event -> events.add(new Answered(event, document.get("@context"))));
            next = nextPage(answer.header("Link"));
        }
        return events;
    }

    /** The next page's path and query from {@code Link: <https://…/events?…>; rel="next"}, or null. */
    private static String nextPage(String link) {
        if (link == null) {
            return null;
        }
        Matcher next = Pattern.compile("^<https?://[^/]+(/[^>]*)>; rel=\"next\"$").matcher(link);
        assertThat(next.matches()).as("Link header %s", link).isTrue();
        assertThat(next.group(1)).contains("nextPageToken=");
        return next.group(1);
    }

    private static List<String> jsonStrings(JsonNode array) {
        return IntStream.range(0, array.size()).mapToObj(i -> array.get(i).asText()).toList();
    }

    /** An SGTIN no earlier run used (its serial: the purpose's letter, the run, a counter; at most 20 characters). */
    private static String epc(char purpose) {
        return "urn:epc:id:sgtin:0614141.107346." + purpose + RUN + String.format("%03d", EPCS.incrementAndGet());
    }

    private static String observe(int second, String epc) {
        return "{\"type\":\"ObjectEvent\",\"action\":\"OBSERVE\",\"eventTime\":\"" + BASE.plusSeconds(second) + "\","
                + "\"eventTimeZoneOffset\":\"+00:00\",\"bizStep\":\"shipping\",\"epcList\":[\"" + epc + "\"]}";
    }

    private static String document(String... events) {
        return "{\"@context\":[\"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\"],"
                + "\"type\":\"EPCISDocument\",\"schemaVersion\":\"2.0\",\"creationDate\":\"" + BASE + "\","
                + "\"epcisBody\":{\"eventList\":[" + String.join(",", events) + "]}}";
    }

    private static String encode(Object value) {
        return URLEncoder.encode(value.toString(), StandardCharsets.UTF_8);
    }
}
