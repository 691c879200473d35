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
 * Keeps the benchmark working: a RecordProduction round of about 10 s with 4 workers (long enough that a
 * loaded machine still commits some) on the real local network
 * (started by Maven before the integration tests, in the normal mode: this round does not need the floor). It
 * checks the result's structure, never a throughput.
 */
class ProductionRoundSmokeIT {

    @Test
    void aShortProductionRoundCommitsEverythingAndWritesItsResults() throws Exception {
        Path home = Path.of(System.getProperty("anchor.home", "..")).toAbsolutePath().normalize();
        Path output = Path.of("target/benchmark-smoke").toAbsolutePath();
        BenchmarkSettings settings = new BenchmarkSettings(List.of(RoundKind.PRODUCTION),
                new LoadShape(4, Duration.ofSeconds(1), Duration.ofSeconds(10), 0), Duration.ZERO, 1, 1000, 100,
                List.of(1), 100, Duration.ofSeconds(1),
                home.resolve(".anchor/network.json"), home, output, "smoke test");
        ByteArrayOutputStream progress = new ByteArrayOutputStream();

        BenchmarkReport report = new Benchmark(settings, new PrintStream(progress, true, StandardCharsets.UTF_8)).run();

        RoundMeasurement production = report.round(RoundKind.PRODUCTION).orElseThrow().measurement();
        assertThat(production.sent()).isPositive();
        assertThat(production.succeeded()).isEqualTo(production.sent());
        assertThat(production.failures()).isEmpty();
        assertThat(production.throughput()).isPositive();
        LatencySummary latency = production.latency();
        assertThat(latency.count()).isEqualTo(production.sent());
        assertThat(latency.p50()).isPositive().isLessThanOrEqualTo(latency.p95());
        assertThat(latency.p95()).isLessThanOrEqualTo(latency.p99());
        assertThat(latency.p99()).isLessThanOrEqualTo(latency.max());
        assertThat(progress.toString(StandardCharsets.UTF_8)).contains("[production]").contains("done: sent");

        JsonNode json = new ObjectMapper().readTree(Files.readString(output.resolve(Benchmark.RESULT_FILE)));
        assertThat(json.at("/rounds/0/round").asText()).isEqualTo("production");
        assertThat(json.at("/rounds/0/sent").asLong()).isEqualTo(production.sent());
        assertThat(json.at("/rounds/0/succeeded").asLong()).isEqualTo(production.sent());
        assertThat(json.at("/rounds/0/latencyMs/p99").asDouble()).isEqualTo(latency.p99());
        assertThat(json.at("/rounds/0/chaincodeMemoryMib")).hasSize(4);
        assertThat(Files.readString(output.resolve(Benchmark.SUMMARY_FILE))).contains("| production | tx | 4 |");
    }
}
