package dev.anchor.benchmark;

import dev.anchor.client.Organization;
import dev.anchor.client.gateway.LocalNetwork;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Runs the chosen rounds, one after the other, on the running local network, and writes {@code result.json}
 * and {@code summary.md}. A system warm-up comes first (unmeasured); then each round is set up (not measured),
 * run as a {@link ClosedLoop} with its own warm-up, and followed by a reading of the chaincode servers' memory.
 */
public final class Benchmark {
    /** The machine-readable result's file name in the output directory. */
    public static final String RESULT_FILE = "result.json";
    /** The Markdown summary's file name in the output directory. */
    public static final String SUMMARY_FILE = "summary.md";

    private final BenchmarkSettings settings;
    private final PrintStream out;

    /**
     * @param settings what to run
     * @param out      where progress goes
     */
    public Benchmark(BenchmarkSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    /**
     * Runs every round and writes the reports.
     *
     * @return the report, as written
     * @throws BenchmarkException when a round cannot be set up or run
     * @throws dev.anchor.client.AnchorException when the network cannot be reached or the descriptor is unusable
     */
    public BenchmarkReport run() {
        Instant startedAt = Instant.now();
        LocalNetwork network = LocalNetwork.load(settings.descriptor());
        Path state = settings.anchorHome().resolve(".anchor");
        NetworkProcesses processes = new NetworkProcesses(state.resolve("pids"));
        ChaincodeMemoryProbe memory = new ChaincodeMemoryProbe(processes, state.resolve("logs"));
        RunIds ids = new RunIds(startedAt);
        List<RoundResult> results = new ArrayList<>();

        try (Participants participants = new Participants(network)) {
            warmUp(network, participants, ids.forWarmup());
            for (RoundKind kind : settings.rounds()) {
                for (LoadShape shape : settings.shapesOf(kind)) {
                    for (int size : kind.isBulk() ? settings.bulk().batchesPerTransaction() : List.of(0)) {
                        results.add(round(kind, shape, size, network, participants, processes, memory, ids));
                    }
                }
            }
        }

        BenchmarkReport report = new BenchmarkReport(startedAt, Instant.now(),
                MachineInfo.current(settings.anchorHome()), NetworkSettings.read(settings.anchorHome(), processes),
                settings, results);
        JsonReport.write(report, settings.output().resolve(RESULT_FILE));
        MarkdownReport.write(report, settings.output().resolve(SUMMARY_FILE));
        return report;
    }

    /** Sets up, runs and measures one round with one load ({@code batchesPerTransaction}: the bulk round's). */
    private RoundResult round(RoundKind kind, LoadShape shape, int batchesPerTransaction, LocalNetwork network,
                              Participants participants, NetworkProcesses processes, ChaincodeMemoryProbe memory,
                              RunIds ids) {
        out.printf("[%s] %s; %d %s%n", kind.id(), kind.description(), shape.workers(),
                kind.reads() ? "readers" : "workers");
        try (FloorGateway floor = kind.isFloor()
                ? new FloorGateway(network.connectionOptions(Organization.MANUFACTURER)) : null;
             Workload workload = workload(kind, participants, floor, ids, batchesPerTransaction)) {
            List<String> notes = workload.prepare(shape.workers());
            CpuSampler cpu = new CpuSampler(processes);
            memory.mark();
            RoundMeasurement measurement = new ClosedLoop(shape, settings.progressInterval(),
                    new ConsoleProgress(out)).run(workload, cpu);
            List<String> allNotes = new ArrayList<>(notes);
            allNotes.addAll(workload.afterRun());
            RoundResult result = new RoundResult(kind, measurement, allNotes, cpu.split(), memory.sample(),
                    workload.eventsPerOperation(), workload.measures());
            out.println(summaryLine(result));
            return result;
        }
    }

    /**
     * The system warm-up: the floor (when it is one of the rounds) and RecordProduction, unmeasured, half of the
     * time each, so that every JVM has compiled the code paths of the write rounds before any is measured.
     */
    private void warmUp(LocalNetwork network, Participants participants, RunIds ids) {
        if (settings.systemWarmup().isZero()) {
            return;
        }
        List<RoundKind> kinds = settings.rounds().contains(RoundKind.FLOOR)
                ? List.of(RoundKind.FLOOR, RoundKind.PRODUCTION) : List.of(RoundKind.PRODUCTION);
        LoadShape shape = new LoadShape(settings.shape().workers(), Duration.ZERO,
                settings.systemWarmup().dividedBy(kinds.size()), 0);
        for (RoundKind kind : kinds) {
            out.printf("[warm-up] %s for %d s, not measured%n", kind.id(), shape.duration().toSeconds());
            try (FloorGateway floor = kind == RoundKind.FLOOR
                    ? new FloorGateway(network.connectionOptions(Organization.MANUFACTURER)) : null;
                 Workload workload = workload(kind, participants, floor, ids, 0)) {
                workload.prepare(shape.workers());
                new ClosedLoop(shape, settings.progressInterval(), new ConsoleProgress(out)).run(workload,
                        MeasurementWindow.NONE);
            }
        }
    }

    private Workload workload(RoundKind kind, Participants participants, FloorGateway floor, RunIds ids,
                              int batchesPerTransaction) {
        return switch (kind) {
            case FLOOR -> new FloorWorkload(floor, ids);
            case PRODUCTION -> new ProductionWorkload(participants.as(Organization.MANUFACTURER), ids);
            case BULK_FLOOR -> new BulkFloorWorkload(floor, batchesPerTransaction, ids);
            case BULK -> new BulkWorkload(participants.as(Organization.MANUFACTURER), batchesPerTransaction, ids);
            case HANDOFF -> new HandoffWorkload(participants, ids);
            case PROVENANCE -> new ProvenanceWorkload(
                    new ProvenanceBatch(participants, settings.provenanceEvents(), out), participants);
            case TRACE -> new TraceWorkload(new WideGraph(participants, settings.traceWidth(), out), participants);
            case EPCIS -> new EpcisWorkload(participants, settings.epcisEvents(), ids);
            case EPCIS_SDK -> new SdkDocumentWorkload(participants, settings.server().documentEvents(), ids);
            case EPCIS_HTTP -> new HttpDocumentWorkload(participants, settings.descriptor(),
                    settings.server().documentEvents(), ids, out);
            case EPCIS_QUERY -> new QueryWorkload(settings.server(), settings.progressInterval(), out);
        };
    }

    static String summaryLine(RoundResult result) {
        RoundMeasurement m = result.measurement();
        LatencySummary l = m.latency();
        Optional<CpuSplit> cpu = result.cpu();
        return String.format(Locale.ROOT,
                "[%s] done: sent %d, ok %d, failed %d in %.1f s: %.1f %s/s%s; latency ms p50 %.1f p95 %.1f p99 %.1f max %.1f%s",
                result.kind().id(), m.sent(), m.succeeded(), m.failed(), m.seconds(), m.throughput(),
                result.kind().unit(), result.eventsPerOperation() != 0
                        ? String.format(Locale.ROOT, " (%.1f events/s)", result.eventsPerSecond())
                        : result.batchesPerTransaction() != 0
                        ? String.format(Locale.ROOT, " (%.1f %s/s, %d per transaction)", result.batchesPerSecond(),
                        result.kind().bulkItems(), result.batchesPerTransaction()) : "",
                l.p50(), l.p95(), l.p99(), l.max(),
                cpu.map(c -> String.format(Locale.ROOT, "; machine CPU %.0f%% busy", c.machineBusyShare() * 100))
                        .orElse(""));
    }
}
