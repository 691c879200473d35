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
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Keeps the EPCIS server rounds working on the real local network, tiny: two documents of 20 events through the
 * SDK and two through {@code POST /capture} of an in-process server (each must record every event as new), and 20
 * queries over a store of 2,000 synthetic events. It checks counts, the projection lag's presence and the reports'
 * structure, never a throughput or a latency.
 */
class EpcisServerRoundsSmokeIT {

    @Test
    void tinyServerRoundsCaptureEverythingQueryAndReportLagAndPercentiles() throws Exception {
        Path home = Path.of(System.getProperty("anchor.home", "..")).toAbsolutePath().normalize();
        Path output = Path.of("target/benchmark-smoke-epcis-server").toAbsolutePath();
        BenchmarkSettings settings = new BenchmarkSettings(
                List.of(RoundKind.EPCIS_SDK, RoundKind.EPCIS_HTTP, RoundKind.EPCIS_QUERY),
                new LoadShape(1, Duration.ZERO, Duration.ZERO, 2), Duration.ZERO, 1, 1000, 100,
                List.of(1), 10, Duration.ofSeconds(1), home.resolve(".anchor/network.json"), home, output,
                "smoke test", new EpcisServerLoad(20, 1, 2_000, 20, Optional.empty()));
        ByteArrayOutputStream progress = new ByteArrayOutputStream();

        BenchmarkReport report = new Benchmark(settings, new PrintStream(progress, true, StandardCharsets.UTF_8)).run();

        for (RoundKind capture : List.of(RoundKind.EPCIS_SDK, RoundKind.EPCIS_HTTP)) {
            RoundResult round = report.round(capture).orElseThrow();
            assertThat(round.measurement().sent()).isEqualTo(2);
            assertThat(round.measurement().succeeded()).isEqualTo(2);
            assertThat(round.eventsPerOperation()).isEqualTo(20);
            assertThat(round.eventsPerSecond()).isPositive();
        }
        RoundResult http = report.round(RoundKind.EPCIS_HTTP).orElseThrow();
        // two documents of 20 events, one transaction each, applied by the server's projection
        assertThat(http.measures().get("projectionLagTransactions")).isGreaterThanOrEqualTo(2.0);
        assertThat(http.measures().get("projectionLagP95Ms")).isPositive()
                .isLessThanOrEqualTo(http.measures().get("projectionLagMaxMs"));
        RoundResult query = report.round(RoundKind.EPCIS_QUERY).orElseThrow();
        assertThat(query.measurement().succeeded()).isEqualTo(20);
        assertThat(query.measurement().latency().count()).isEqualTo(20);
        assertThat(query.measures().get("storedEvents")).isEqualTo(2_000.0);
        assertThat(progress.toString(StandardCharsets.UTF_8))
                .contains("[epcis-query] loading the query store: 2000 of 2000 events")
                .contains("[epcis-http] done: sent 2, ok 2");

        JsonNode json = new ObjectMapper().readTree(Files.readString(output.resolve(Benchmark.RESULT_FILE)));
        assertThat(json.at("/rounds/1/round").asText()).isEqualTo("epcis-http");
        assertThat(json.at("/rounds/1/eventsPerSecond").asDouble()).isPositive();
        assertThat(json.at("/rounds/1/measures/projectionLagP95Ms").isNumber()).isTrue();
        assertThat(json.at("/rounds/2/latencyMs/p99").asDouble()).isEqualTo(query.measurement().latency().p99());
        assertThat(Files.readString(output.resolve(Benchmark.SUMMARY_FILE)))
                .contains("EPCIS capture through POST /capture, documents of 20 events, 1 at once: ")
                .contains("EPCIS capture through the SDK, documents of 20 events")
                .contains("EPCIS query, a page of 100 by bizStep and time window over 2000 stored events: p50 ")
                .contains("projection lag under that load");
    }
}
