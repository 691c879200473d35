package dev.anchor.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.anchor.client.AnchorClient;
import dev.anchor.client.EpcisCaptureException;
import dev.anchor.client.EpcisCaptureReport;
import dev.anchor.client.EpcisEventHash;
import dev.anchor.client.ErrorCode;
import dev.anchor.client.Organization;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every official GS1 EPCIS 2.0 example document ({@code ../shared/epcis/JSON/**} relative to the repository, or
 * {@code -Depcis.examples=DIR}) captured on the real network exactly as docs/epcis-conformance.md says: captured
 * (every event recorded or already there under its CBV 2.0 hash, and a second capture all duplicates) or refused
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
    }

    private static List<String> expectedIds(JsonNode document) {
        JsonNode context = document.get("@context");
        JsonNode list = document.path("epcisBody").path("eventList");
        if (document.path("type").asText().equals("EPCISQueryDocument")) {
            list = document.path("epcisBody").path("queryResults").path("resultsBody").path("eventList");
        }
        if (!document.has("epcisBody")) {
            return List.of(EpcisEventHash.of(document, context));
        }
        List<String> ids = new ArrayList<>();
        list.forEach(event -> ids.add(EpcisEventHash.of(event, context)));
        return ids;
    }
}
