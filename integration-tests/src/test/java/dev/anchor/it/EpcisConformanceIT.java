package dev.anchor.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchor.client.AnchorClient;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.Organization;
import dev.anchor.client.epcis.EpcisCaptureException;
import dev.anchor.client.epcis.EpcisCaptureReport;
import dev.anchor.client.epcis.EpcisEventHash;
import dev.anchor.client.epcis.EpcisQuery;
import dev.anchor.client.epcis.EpcisQueryPage;
import dev.anchor.client.epcis.EpcisSchema;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every official GS1 EPCIS 2.0 example document ({@code ../shared/epcis/JSON/**} relative to the repository, or
 * {@code -Depcis.examples=DIR}) captured on the real network exactly as docs/epcis-conformance.md says: captured
 * (every event recorded or already there under its CBV 2.0 hash, a second capture all duplicates, and one query
 * gives every event back under the same hash, as captured) or refused
 * (by the schema, with the reason the table gives, nothing recorded). Captured in the table's order, so that on an
 * empty ledger each file records exactly its "new" events.
 */
class EpcisConformanceIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final TestNetwork network = TestNetwork.open();

    static Path examples() {
        String given = System.getProperty("epcis.examples");
        return given != null ? Path.of(given)
                : TestNetwork.anchorHome().resolve("../shared/epcis/JSON").normalize();
    }

    static List<Path> exampleFiles(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(".jsonld") || p.toString().endsWith(".json"))
                    .sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyExampleIsCapturedOrRefusedAsTheConformanceTableSays() throws IOException {
        Path dir = examples();
        assumeTrue(Files.isDirectory(dir), "assumption: the GS1 EPCIS examples are at " + dir
                + " (../shared/epcis/JSON next to the repository, or -Depcis.examples=DIR); they are not on this "
                + "machine, so the conformance tests are skipped");
        ConformanceTable table = ConformanceTable.read(TestNetwork.anchorHome().resolve("docs/epcis-conformance.md"));
        List<Path> files = exampleFiles(dir);
        List<String> names = files.stream().map(f -> dir.relativize(f).toString().replace('\\', '/')).toList();
        assertThat(table.rows().keySet()).as("docs/epcis-conformance.md lists every example")
                .containsExactlyInAnyOrderElementsOf(names);
        AnchorClient distributor = network.as(Organization.DISTRIBUTOR);
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            ConformanceTable.Row row = table.rows().get(names.get(i));
            tests.add(DynamicTest.dynamicTest(names.get(i), () -> check(distributor, JSON.readTree(file.toFile()), row)));
        }
        return tests.stream();
    }

    private static void check(AnchorClient client, JsonNode document, ConformanceTable.Row row) {
        if (!row.captured()) {
            EpcisCaptureException refused = catchThrowableOfType(EpcisCaptureException.class,
                    () -> client.captureEpcis(document));
            assertThat(refused).as("refused").isNotNull();
            assertThat(refused.errorCode()).isEqualTo(ErrorCode.INVALID_EPCIS_DOCUMENT);
            assertThat(refused.problems()).extracting(Object::toString).anySatisfy(p -> assertThat(row.notes()).contains(p));
            assertThat(refused.partial().transactionIds()).isEmpty();
            return;
        }
        EpcisCaptureReport first = client.captureEpcis(document);
        assertThat(first.events()).isEqualTo(row.events());
        Set<String> done = new HashSet<>(first.recorded());
        done.addAll(first.duplicates());
        Set<String> hashes = new HashSet<>(expectedIds(document));
        assertThat(done).as("every event under its CBV 2.0 hash").isEqualTo(hashes);

        network.settle();
        EpcisCaptureReport again = client.captureEpcis(document);
        assertThat(again.recorded()).as("nothing new the second time").isEmpty();
        assertThat(again.duplicates()).hasSize(row.events());
        roundTrip(client, document, first);
    }

    /**
     * The round trip, with one query per document (its events' types, between its first and last event time): every
     * event comes back under the same CBV 2.0 hash, and an event this capture recorded comes back as captured (with
     * its {@code eventID}, the hash, added when it had none). The answer is a set (on the ledger it comes in event id
     * order, every page followed to the end), so events are found by hash. On the ledger each query is a scan of every
     * captured event, yet it stays one query per document, not one for all examples: an answer holds one
     * {@code @context}, and the examples define one prefix ({@code example}) as two different namespaces, so a
     * single answer of every example would hash some of their events differently.
     */
    private static void roundTrip(AnchorClient client, JsonNode document, EpcisCaptureReport first) {
        List<JsonNode> events = events(document);
        List<String> ids = expectedIds(document);
        List<Instant> times = events.stream().map(e -> OffsetDateTime.parse(e.get("eventTime").asText()).toInstant())
                .sorted().toList();
        String[] types = events.stream().map(e -> e.get("type").asText()).distinct().toArray(String[]::new);
        EpcisQueryPage answer = client.queryEpcis(EpcisQuery.all().with("eventType", types).from(times.get(0))
                .before(times.get(times.size() - 1).plusNanos(1)));

        assertThat(EpcisSchema.validate(answer.document())).as("the query's answer is a valid document").isEmpty();
        JsonNode context = answer.document().get("@context");
        Map<String, JsonNode> answered = new HashMap<>();
        answer.events().forEach(event -> answered.putIfAbsent(EpcisEventHash.of(event, context), event));
        for (int i = 0; i < events.size(); i++) {
            assertThat(answered).as("event %d comes back under its hash %s", i, ids.get(i)).containsKey(ids.get(i));
            if (!first.recorded().contains(ids.get(i))) {
                continue;
            }
            ObjectNode returned = answered.get(ids.get(i)).deepCopy();
            if (!events.get(i).has("eventID")) {
                assertThat(returned.remove("eventID").asText()).isEqualTo(ids.get(i));
            }
            assertThat(JsonValues.byValue(returned)).as("event %d as captured", i)
                    .isEqualTo(JsonValues.byValue(events.get(i)));
        }
    }

    private static List<String> expectedIds(JsonNode document) {
        JsonNode context = document.get("@context");
        return events(document).stream().map(event -> EpcisEventHash.of(event, context)).toList();
    }

    /** The document's events: its event list, its query results' event list, or itself when it is one event. */
    private static List<JsonNode> events(JsonNode document) {
        if (!document.has("epcisBody")) {
            return List.of(document);
        }
        JsonNode list = document.path("epcisBody").path("eventList");
        if (document.path("type").asText().equals("EPCISQueryDocument")) {
            list = document.path("epcisBody").path("queryResults").path("resultsBody").path("eventList");
        }
        List<JsonNode> events = new ArrayList<>();
        list.forEach(events::add);
        return events;
    }
}
