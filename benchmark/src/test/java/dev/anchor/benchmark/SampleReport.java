package dev.anchor.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A made-up run with a floor, a production and a handoff round, for the report tests. */
final class SampleReport {
    private SampleReport() {
    }

    static BenchmarkReport of(RoundResult... rounds) {
        BenchmarkSettings settings = new BenchmarkSettings(List.of(RoundKind.values()),
                new LoadShape(32, Duration.ofSeconds(20), Duration.ofSeconds(60), 0), Duration.ofSeconds(90), 4, 1000, 100,
                List.of(1, 4), 100, Duration.ofSeconds(5),
                Path.of("/repo/.anchor/network.json"), Path.of("/repo"), Path.of("/repo/benchmark/results/x"),
                "chaincode pool 16");
        return new BenchmarkReport(Instant.parse("2026-11-25T16:00:00Z"), Instant.parse("2026-11-25T16:10:00Z"),
                new MachineInfo(2, 24105, "AMD EPYC", "Linux 6.1", "OpenJDK 17", "abc123"),
                new NetworkSettings("v2.5.0", "250ms", "500", "MAJORITY Endorsement",
                        Map.of("chaincode-manufacturer", new NetworkSettings.ChaincodeServer("enabled", "-Xmx256m -Xlog:gc:file=/x/gc.log::filecount=0", "5")),
                        List.of("ManufacturerMSP", "DistributorMSP", "RetailerMSP", "AuditorMSP"), 3),
                settings, List.of(rounds));
    }

    static BenchmarkReport standard() {
        return of(round(RoundKind.FLOOR, 6000, 6000, Map.of(), 100.0),
                round(RoundKind.PRODUCTION, 5410, 5400, Map.of("COMMIT_FAILED/MVCC_READ_CONFLICT", 10L), 100.0),
                round(RoundKind.HANDOFF, 1500, 1500, Map.of(), 100.0));
    }

    static RoundResult round(RoundKind kind, long sent, long succeeded, Map<String, Long> failures, double seconds) {
        return round(kind, 32, sent, succeeded, failures, seconds, 0);
    }

    /** A bulk round of {@code batchesPerTransaction} batches per transaction and 8 workers. */
    static RoundResult bulk(int batchesPerTransaction, long transactions, double seconds) {
        return bulk(RoundKind.BULK, batchesPerTransaction, transactions, seconds);
    }

    /** A bulk or bulk floor round of {@code perTransaction} batches (or keys) per transaction and 8 workers. */
    static RoundResult bulk(RoundKind kind, int perTransaction, long transactions, double seconds) {
        RoundResult r = round(kind, 8, transactions, transactions, Map.of(), seconds, 0);
        return new RoundResult(r.kind(), r.measurement(), r.notes(), r.cpu(), r.memory(), 0,
                Map.of(BulkWorkload.BATCHES_PER_TRANSACTION, (double) perTransaction));
    }

    static RoundResult round(RoundKind kind, int workers, long sent, long succeeded, Map<String, Long> failures,
                             double seconds, int eventsPerOperation) {
        RoundMeasurement measurement = new RoundMeasurement(workers, sent, succeeded, failures, seconds,
                new LatencySummary(sent, 480.5, 450.25, 700.0, 900.0, 1200.0));
        CpuSplit cpu = new CpuSplit(seconds, 2, 1.98, Map.of("orderer", 0.1, "peers", 1.1, "chaincode", 0.4,
                CpuSampler.CLIENT, 0.35, "other", 0.03));
        return new RoundResult(kind, measurement, List.of(kind.id() + " note"), Optional.of(cpu),
                List.of(new ChaincodeMemory("chaincode-manufacturer", 42, 350.5, 380.2, 90.1, 230.0, 180.4, 61.2)),
                eventsPerOperation);
    }
}
