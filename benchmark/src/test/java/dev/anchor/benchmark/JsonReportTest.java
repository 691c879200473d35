package dev.anchor.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyRoundHasItsCountsThroughputLatencyCpuAndMemory(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("nested/result.json");

        JsonReport.write(SampleReport.standard(), file);

        JsonNode root = JSON.readTree(Files.readString(file));
        assertThat(root.get("label").asText()).isEqualTo("chaincode pool 16");
        assertThat(root.at("/machine/cores").asInt()).isEqualTo(2);
        assertThat(root.at("/network/batchTimeout").asText()).isEqualTo("250ms");
        assertThat(root.at("/network/chaincode/chaincode-manufacturer/maxPoolThreads").asText()).isEqualTo("5");
        assertThat(root.at("/settings/workers").asInt()).isEqualTo(32);
        assertThat(root.at("/settings/durationSeconds").asDouble()).isEqualTo(60.0);
        JsonNode production = root.get("rounds").get(1);
        assertThat(production.get("round").asText()).isEqualTo("production");
        assertThat(production.get("sent").asLong()).isEqualTo(5410);
        assertThat(production.get("succeeded").asLong()).isEqualTo(5400);
        assertThat(production.get("failed").asLong()).isEqualTo(10);
        assertThat(production.at("/failures/COMMIT_FAILED~1MVCC_READ_CONFLICT").asLong()).isEqualTo(10);
        assertThat(production.get("throughput").asDouble()).isEqualTo(54.0);
        assertThat(production.get("ratioToFloor").asDouble()).isEqualTo(0.9);
        assertThat(production.at("/latencyMs/p50").asDouble()).isEqualTo(450.25);
        assertThat(production.at("/latencyMs/p95").asDouble()).isEqualTo(700.0);
        assertThat(production.at("/latencyMs/p99").asDouble()).isEqualTo(900.0);
        assertThat(production.at("/latencyMs/max").asDouble()).isEqualTo(1200.0);
        assertThat(production.at("/cpuCores/peers").asDouble()).isEqualTo(1.1);
        assertThat(production.at("/chaincodeMemoryMib/0/peakRss").asDouble()).isEqualTo(380.2);
        assertThat(production.at("/chaincodeMemoryMib/0/peakHeapBeforeGc").asDouble()).isEqualTo(180.4);
        assertThat(production.at("/notes/0").asText()).isEqualTo("production note");
        assertThat(root.get("rounds").get(2).get("transactionsPerSecond").asDouble()).isEqualTo(30.0);
    }

    @Test
    void theEpcisRoundHasItsEventsPerSecond(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("result.json");

        JsonReport.write(SampleReport.of(SampleReport.round(RoundKind.EPCIS, 4, 90, 90, java.util.Map.of(), 60, 100)), file);

        JsonNode root = JSON.readTree(file.toFile());
        JsonNode epcis = root.get("rounds").get(0);
        assertThat(epcis.get("round").asText()).isEqualTo("epcis");
        assertThat(epcis.get("workers").asInt()).isEqualTo(4);
        assertThat(epcis.get("eventsPerOperation").asInt()).isEqualTo(100);
        assertThat(epcis.get("eventsPerSecond").asDouble()).isEqualTo(150.0);
        assertThat(root.at("/settings/capturers/1").asInt()).isEqualTo(4);
        assertThat(root.at("/settings/epcisEventsPerTransaction").asInt()).isEqualTo(100);
        assertThat(root.get("rounds").get(0).has("ratioToFloor")).isFalse();
    }

    @Test
    void aBulkRoundHasItsBatchesPerSecondAndChunkSize(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("result.json");

        JsonReport.write(SampleReport.of(SampleReport.bulk(250, 480, 60)), file);

        JsonNode bulk = JSON.readTree(file.toFile()).get("rounds").get(0);
        assertThat(bulk.get("round").asText()).isEqualTo("bulk");
        assertThat(bulk.get("transactionsPerSecond").asDouble()).isEqualTo(8.0);
        assertThat(bulk.get("batchesPerSecond").asDouble()).isEqualTo(2000.0);
        assertThat(bulk.at("/measures/batchesPerTransaction").asInt()).isEqualTo(250);
        assertThat(bulk.at("/latencyMs/p99").asDouble()).isEqualTo(900.0);
        assertThat(JSON.readTree(file.toFile()).at("/settings/bulkBatchesPerTransaction/1").asInt()).isEqualTo(250);
    }
}
