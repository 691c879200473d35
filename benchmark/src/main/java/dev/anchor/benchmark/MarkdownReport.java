package dev.anchor.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a run as {@code summary.md}: the set-up, one table of every round's counts, throughput and latency,
 * the line {@code ratio to floor: X.XX} for RecordProduction, the CPU split and the chaincode servers' memory.
 */
public final class MarkdownReport {
    private MarkdownReport() {
    }

    /** Writes the summary to {@code file}, creating its directory. */
    public static void write(BenchmarkReport report, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, toMarkdown(report), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** @return the summary as Markdown */
    public static String toMarkdown(BenchmarkReport report) {
        StringBuilder md = new StringBuilder();
        line(md, "# Anchor benchmark, %s", report.startedAt());
        md.append('\n');
        if (!report.settings().label().isBlank()) {
            line(md, "Label: %s  ", report.settings().label());
        }
        MachineInfo machine = report.machine();
        line(md, "Machine: %d cores, %s, %d MiB memory, %s, %s; commit %s  ", machine.cores(), machine.cpuModel(),
                machine.memoryMib(), machine.os(), machine.java(), machine.gitCommit());
        NetworkSettings network = report.network();
        line(md, "Network: Fabric %s, %d organisations (%s), %d ordering nodes, BatchTimeout %s, MaxMessageCount %s, "
                        + "endorsement %s; chaincode servers: %s  ",
                network.fabricRelease(), network.organizations().size(), String.join(", ", network.organizations()),
                network.orderers(), network.batchTimeout(), network.maxMessageCount(), network.endorsement(),
                chaincodeServers(network));
        line(md, "Load: %s", load(report.settings()));
        md.append('\n');

        line(md, "| round | unit | workers | sent | ok | failed | unit/s | tx/s | p50 ms | p95 ms | p99 ms | max ms |");
        line(md, "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
        for (RoundResult round : report.rounds()) {
            RoundMeasurement m = round.measurement();
            LatencySummary l = m.latency();
            line(md, "| %s | %s | %d | %d | %d | %d | %.1f | %s | %.1f | %.1f | %.1f | %.1f |", round.kind().id(),
                    round.kind().unit(), m.workers(), m.sent(), m.succeeded(), m.failed(), m.throughput(),
                    round.kind().transactionsPerUnit() == 0 ? "-" : format("%.1f", round.transactionsPerSecond()),
                    l.p50(), l.p95(), l.p99(), l.max());
        }
        md.append('\n');
        report.ratioToFloor(RoundKind.PRODUCTION).ifPresent(ratio -> line(md, "ratio to floor: %.2f", ratio));
        report.cpuRatioToFloor(RoundKind.PRODUCTION).ifPresent(ratio -> line(md,
                "%nCPU ratio to floor: %.2f (the floor's CPU per committed transaction, network and client, over"
                        + " RecordProduction's; other work on the machine left out)", ratio));
        report.bulkImportLine().ifPresent(bulk -> line(md, "%n%s", bulk));
        report.bulkRatioLine().ifPresent(ratio -> line(md, "%n%s", ratio));
        report.ratioToFloor(RoundKind.HANDOFF).ifPresent(ratio ->
                line(md, "%nhandoff transactions, ratio to floor: %.2f", ratio));
        for (RoundResult round : report.rounds()) {
            LatencySummary l = round.measurement().latency();
            if (round.kind().isBulk()) {
                String items = round.kind().bulkItems();
                line(md, "%n%s, %d %s per transaction, %d in flight: %.1f %s/s; per transaction p50 %.1f ms, "
                                + "p95 %.1f ms, p99 %.1f ms", round.kind().id().replace('-', ' '), round.batchesPerTransaction(),
                        items, round.measurement().workers(), round.batchesPerSecond(), items, l.p50(), l.p95(), l.p99());
            } else if (round.kind() == RoundKind.EPCIS) {
                line(md, "%nEPCIS capture with %d concurrent capturers: %.1f events/s (%d events per transaction)",
                        round.measurement().workers(), round.eventsPerSecond(), round.eventsPerOperation());
            } else if (round.kind() == RoundKind.EPCIS_SDK || round.kind() == RoundKind.EPCIS_HTTP) {
                line(md, "%nEPCIS capture through %s, documents of %d events, %d at once: %.1f events/s; per document "
                                + "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms",
                        round.kind() == RoundKind.EPCIS_HTTP ? "POST /capture" : "the SDK", round.eventsPerOperation(),
                        round.measurement().workers(), round.eventsPerSecond(), l.p50(), l.p95(), l.p99());
            } else if (round.kind() == RoundKind.EPCIS_QUERY) {
                line(md, "%nEPCIS query, a page of 100 by bizStep and time window over %.0f stored events: p50 %.1f ms, "
                                + "p95 %.1f ms, p99 %.1f ms (%d queries)", round.measures().getOrDefault("storedEvents", 0.0),
                        l.p50(), l.p95(), l.p99(), l.count());
            }
            if (round.measures().containsKey("projectionLagP95Ms")) {
                line(md, "%nprojection lag under that load (%.0f transactions): p50 %.0f ms, p95 %.0f ms, max %.0f ms",
                        round.measures().get("projectionLagTransactions"), round.measures().get("projectionLagP50Ms"),
                        round.measures().get("projectionLagP95Ms"), round.measures().get("projectionLagMaxMs"));
            }
        }
        md.append('\n');
        line(md, "Failures by code: %s", failures(report));
        md.append('\n');

        line(md, "## CPU during each round's measurement (cores busy, of %d)", machine.cores());
        md.append('\n');
        line(md, "| round | machine | orderer | peers | chaincode | benchmark client | other |");
        line(md, "|---|--:|--:|--:|--:|--:|--:|");
        for (RoundResult round : report.rounds()) {
            round.cpu().ifPresent(cpu -> line(md, "| %s | %.2f | %s |", round.kind().id(), cpu.machineBusy(),
                    CpuSampler.GROUPS.stream().map(group -> format("%.2f", cpu.coresByGroup().getOrDefault(group, 0.0)))
                            .collect(Collectors.joining(" | "))));
        }
        md.append('\n');

        line(md, "## Chaincode servers' memory at the end of each round (MiB)");
        md.append('\n');
        line(md, "Heap peaks are from the server's GC log during the round: heap in use just before a collection, "
                + "and the most still in use just after one (live data). Peak RSS is since the server started.");
        md.append('\n');
        line(md, "| round | server | RSS | peak RSS | heap used | heap committed | peak heap before GC | max heap after GC |");
        line(md, "|---|---|--:|--:|--:|--:|--:|--:|");
        for (RoundResult round : report.rounds()) {
            for (ChaincodeMemory memory : round.memory()) {
                line(md, "| %s | %s | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |", round.kind().id(), memory.server(),
                        memory.rss(), memory.peakRss(), memory.heapUsed(), memory.heapCommitted(),
                        memory.peakHeapBeforeGc(), memory.maxHeapAfterGc());
            }
        }
        String notes = report.rounds().stream()
                .flatMap(round -> round.notes().stream().map(note -> "- " + round.kind().id() + ": " + note))
                .collect(Collectors.joining("\n"));
        if (!notes.isEmpty()) {
            md.append('\n');
            line(md, "## Notes");
            md.append('\n');
            line(md, "%s", notes);
        }
        return md.toString();
    }

    private static String chaincodeServers(NetworkSettings network) {
        if (network.chaincode().isEmpty()) {
            return "not running";
        }
        return network.chaincode().values().stream()
                .map(server -> format("benchmark floor %s, %s shim threads, JVM %s", server.benchmarkMode(),
                        server.maxPoolThreads(), server.jvmOptions().replaceAll("\\s*-Xlog:\\S+", "")))
                .distinct()
                .collect(Collectors.joining("; "));
    }

    private static String load(BenchmarkSettings settings) {
        LoadShape shape = settings.shape();
        String length = shape.byCount()
                ? shape.operations() + " operations per round"
                : format("%.0f s per round", shape.duration().toMillis() / 1000.0);
        EpcisServerLoad server = settings.server();
        return format("closed loop, %d workers (provenance and trace: %d readers; bulk: %s batches per transaction, "
                        + "%d in flight; EPCIS capture: %s capturers, "
                        + "%d events per transaction; EPCIS documents: %d events, %d at once; EPCIS query: %d queries "
                        + "over %d events, %s), system warm-up %.0f s, warm-up %.0f s per round, %s",
                shape.workers(), settings.readers(),
                settings.bulk().batchesPerTransaction().stream().map(String::valueOf).collect(Collectors.joining(" then ")),
                settings.bulk().workers(),
                settings.capturers().stream().map(String::valueOf).collect(Collectors.joining(" then ")),
                settings.epcisEvents(), server.documentEvents(), server.documents(), server.queries(),
                server.queryEvents(), server.queryStore().map(url -> "PostgreSQL").orElse("H2"),
                settings.systemWarmup().toMillis() / 1000.0, shape.warmup().toMillis() / 1000.0, length);
    }

    private static String failures(BenchmarkReport report) {
        String failures = report.rounds().stream()
                .filter(round -> !round.measurement().failures().isEmpty())
                .map(round -> round.kind().id() + ": " + round.measurement().failures().entrySet().stream()
                        .map(Map.Entry::toString).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
        return failures.isEmpty() ? "none" : failures;
    }

    private static void line(StringBuilder md, String format, Object... arguments) {
        md.append(format(format, arguments)).append('\n');
    }

    private static String format(String format, Object... arguments) {
        return String.format(Locale.ROOT, format, arguments);
    }
}
