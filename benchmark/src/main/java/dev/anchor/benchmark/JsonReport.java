package dev.anchor.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a run as {@code result.json}: machine-readable, one object per round with its counts, failures by
 * code, throughput, latency percentiles in milliseconds, CPU split in cores and the chaincode servers' memory
 * in MiB. The member names are stable: scripts may rely on them.
 */
public final class JsonReport {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    /** Writes the report to {@code file}, creating its directory. */
    public static void write(BenchmarkReport report, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, toJson(report) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** @return the report as indented JSON */
    public static String toJson(BenchmarkReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("startedAt", report.startedAt().toString());
        root.put("finishedAt", report.finishedAt().toString());
        root.put("label", report.settings().label());
        root.set("machine", MAPPER.valueToTree(report.machine()));
        root.set("network", MAPPER.valueToTree(report.network()));
        root.set("settings", settings(report.settings()));
        ArrayNode rounds = root.putArray("rounds");
        for (RoundResult round : report.rounds()) {
            rounds.add(round(round, report));
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode settings(BenchmarkSettings settings) {
        ObjectNode node = MAPPER.createObjectNode();
        ArrayNode rounds = node.putArray("rounds");
        settings.rounds().forEach(round -> rounds.add(round.id()));
        node.put("loop", "closed");
        node.put("workers", settings.shape().workers());
        node.put("readers", settings.readers());
        node.put("warmupSeconds", settings.shape().warmup().toMillis() / 1000.0);
        node.put("systemWarmupSeconds", settings.systemWarmup().toMillis() / 1000.0);
        if (settings.shape().byCount()) {
            node.put("operationsPerRound", settings.shape().operations());
        } else {
            node.put("durationSeconds", settings.shape().duration().toMillis() / 1000.0);
        }
        node.put("provenanceEvents", settings.provenanceEvents());
        node.put("traceWidth", settings.traceWidth());
        ArrayNode capturers = node.putArray("capturers");
        settings.capturers().forEach(capturers::add);
        node.put("epcisEventsPerTransaction", settings.epcisEvents());
        ArrayNode bulk = node.putArray("bulkBatchesPerTransaction");
        settings.bulk().batchesPerTransaction().forEach(bulk::add);
        node.put("bulkWorkers", settings.bulk().workers());
        node.put("documentEvents", settings.server().documentEvents());
        node.put("documentsAtOnce", settings.server().documents());
        node.put("queryEvents", settings.server().queryEvents());
        node.put("queries", settings.server().queries());
        node.put("queryStore", settings.server().queryStore().map(JsonReport::redacted).orElse("h2 (temporary file)"));
        return node;
    }

    private static ObjectNode round(RoundResult result, BenchmarkReport report) {
        RoundMeasurement m = result.measurement();
        ObjectNode node = MAPPER.createObjectNode();
        node.put("round", result.kind().id());
        node.put("description", result.kind().description());
        node.put("unit", result.kind().unit());
        node.put("transactionsPerUnit", result.kind().transactionsPerUnit());
        node.put("workers", m.workers());
        node.put("sent", m.sent());
        node.put("succeeded", m.succeeded());
        node.put("failed", m.failed());
        ObjectNode failures = node.putObject("failures");
        m.failures().forEach(failures::put);
        node.put("seconds", round3(m.seconds()));
        node.put("throughput", round3(m.throughput()));
        node.put("transactionsPerSecond", round3(result.transactionsPerSecond()));
        if (result.batchesPerTransaction() > 0) {
            node.put("batchesPerSecond", round3(result.batchesPerSecond()));
        }
        if (result.eventsPerOperation() > 0) {
            node.put("eventsPerOperation", result.eventsPerOperation());
            node.put("eventsPerSecond", round3(result.eventsPerSecond()));
        }
        report.ratioToFloor(result.kind()).ifPresent(ratio -> node.put("ratioToFloor", round3(ratio)));
        report.cpuRatioToFloor(result.kind()).ifPresent(ratio -> node.put("cpuRatioToFloor", round3(ratio)));
        node.set("latencyMs", MAPPER.valueToTree(m.latency()));
        if (!result.measures().isEmpty()) {
            ObjectNode measures = node.putObject("measures");
            result.measures().forEach(measures::put);
        }
        result.cpu().ifPresent(cpu -> {
            ObjectNode cores = node.putObject("cpuCores");
            cores.put("windowSeconds", round3(cpu.seconds()));
            cores.put("machineCores", cpu.cores());
            cores.put("machineBusy", cpu.machineBusy());
            cpu.coresByGroup().forEach(cores::put);
        });
        node.set("chaincodeMemoryMib", MAPPER.valueToTree(result.memory()));
        ArrayNode notes = node.putArray("notes");
        result.notes().forEach(notes::add);
        return node;
    }

    /** A JDBC URL without the value of its password. */
    static String redacted(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    private static double round3(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
