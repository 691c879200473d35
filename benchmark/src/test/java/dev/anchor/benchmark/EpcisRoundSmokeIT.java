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
 * Keeps the EPCIS capture round working on the real local network: three captures of 10 new events each, by one
 * capturer. Each capture fails the round unless all its events are recorded as new (not duplicates); the test
 * checks counts and the report's structure, never a throughput.
 */
class EpcisRoundSmokeIT {

    @Test
    void aShortCaptureRoundRecordsEveryEventAndReportsEventsPerSecond() throws Exception {
        Path home = Path.of(System.getProperty("anchor.home", "..")).toAbsolutePath().normalize();
        Path output = Path.of("target/benchmark-smoke-epcis").toAbsolutePath();
        BenchmarkSettings settings = new BenchmarkSettings(List.of(RoundKind.EPCIS),
                new LoadShape(1, Duration.ZERO, Duration.ZERO, 3), Duration.ZERO, 1, 1000, 100,
                List.of(1), 10, Duration.ofSeconds(1),
                home.resolve(".anchor/network.json"), home, output, "smoke test");
        ByteArrayOutputStream progress = new ByteArrayOutputStream();

        BenchmarkReport report = new Benchmark(settings, new PrintStream(progress, true, StandardCharsets.UTF_8)).run();

        RoundResult epcis = report.round(RoundKind.EPCIS).orElseThrow();
        assertThat(epcis.measurement().sent()).isEqualTo(3);
        assertThat(epcis.measurement().succeeded()).isEqualTo(3);
        assertThat(epcis.measurement().failures()).isEmpty();
        assertThat(epcis.eventsPerOperation()).isEqualTo(10);
        assertThat(epcis.eventsPerSecond()).isEqualTo(epcis.measurement().throughput() * 10).isPositive();
        assertThat(progress.toString(StandardCharsets.UTF_8)).contains("[epcis]").contains("events/s)");

        JsonNode json = new ObjectMapper().readTree(Files.readString(output.resolve(Benchmark.RESULT_FILE)));
        assertThat(json.at("/rounds/0/round").asText()).isEqualTo("epcis");
        assertThat(json.at("/rounds/0/succeeded").asLong()).isEqualTo(3);
        assertThat(json.at("/rounds/0/eventsPerOperation").asInt()).isEqualTo(10);
        assertThat(Files.readString(output.resolve(Benchmark.SUMMARY_FILE)))
                .contains("EPCIS capture with 1 concurrent capturers: ");
    }
}
