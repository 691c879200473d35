package dev.anchor.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps the bulk round working: two short RecordProductions rounds (10 and 50 batches per transaction, 2 in flight,
 * about 10 s each) on the real local network, in the normal mode. It checks the result's structure and the bulk
 * import line, never a throughput.
 */
class BulkRoundSmokeIT {

    @Test
    void shortBulkRoundsCommitEverythingAndReportBatchesPerSecond() throws Exception {
        Path home = Path.of(System.getProperty("anchor.home", "..")).toAbsolutePath().normalize();
        Path output = Path.of("target/benchmark-smoke-bulk").toAbsolutePath();
        BenchmarkSettings settings = new BenchmarkSettings(List.of(RoundKind.BULK),
                new LoadShape(4, Duration.ofSeconds(1), Duration.ofSeconds(10), 0), Duration.ZERO, 1, 1000, 100,
                List.of(1), 100, Duration.ofSeconds(1), home.resolve(".anchor/network.json"), home, output,
                "smoke test", EpcisServerLoad.DEFAULT, new BulkLoad(List.of(10, 50), 2));
        ByteArrayOutputStream progress = new ByteArrayOutputStream();

        BenchmarkReport report = new Benchmark(settings, new PrintStream(progress, true, StandardCharsets.UTF_8)).run();

        assertThat(report.rounds()).extracting(RoundResult::batchesPerTransaction).containsExactly(10, 50);
        for (RoundResult bulk : report.rounds()) {
            RoundMeasurement m = bulk.measurement();
            assertThat(m.workers()).isEqualTo(2);
            assertThat(m.sent()).isPositive();
            assertThat(m.succeeded()).isEqualTo(m.sent());
            assertThat(m.failures()).isEmpty();
            assertThat(bulk.batchesPerSecond()).isEqualTo(m.throughput() * bulk.batchesPerTransaction());
            assertThat(m.latency().p50()).isPositive().isLessThanOrEqualTo(m.latency().p99());
        }
        assertThat(report.bulkImportLine()).get().asString().matches("bulk import: \\d+ batches/s \\((10|50) batches "
                + "per transaction, 2 in flight\\)");
        assertThat(progress.toString(StandardCharsets.UTF_8)).contains("[bulk] done: sent").contains("batches/s");

        JsonNode json = new ObjectMapper().readTree(Files.readString(output.resolve(Benchmark.RESULT_FILE)));
        assertThat(json.at("/rounds/1/round").asText()).isEqualTo("bulk");
        assertThat(json.at("/rounds/1/measures/batchesPerTransaction").asInt()).isEqualTo(50);
        assertThat(json.at("/rounds/1/batchesPerSecond").asDouble()).isPositive();
        assertThat(json.at("/rounds/1/latencyMs/p99").asDouble()).isPositive();
        assertThat(Files.readString(output.resolve(Benchmark.SUMMARY_FILE))).contains("bulk import: ")
                .contains("| bulk | tx | 2 |");
    }
}
