package dev.anchor.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What a run does.
 *
 * @param rounds           the rounds, run in {@link RoundKind} order
 * @param shape            workers, warm-up and duration (or count) of every write round
 * @param systemWarmup     unmeasured load before the first round (the floor and RecordProduction, half each):
 *                         freshly started JVMs (this client, chaincode servers just restarted in benchmark mode)
 *                         compile their hot code for minutes, and would otherwise make the first rounds look
 *                         slower than the later ones
 * @param readers          concurrent readers of the read rounds (provenance, trace)
 * @param provenanceEvents events the provenance round's batch has at least
 * @param traceWidth       the trace round's graph: the root has this many children, each of them this many
 * @param capturers        the EPCIS capture round runs once per entry, with that many concurrent capturing calls
 *                         (1 is what {@code anchor epcis capture} does: one transaction after the other)
 * @param epcisEvents       events per captured document, so per transaction, in the EPCIS capture round
 * @param progressInterval how often a round prints its progress
 * @param descriptor       the network descriptor, usually {@code <repo>/.anchor/network.json}
 * @param anchorHome       the repository, for its {@code .anchor/} state and configuration
 * @param output           where result.json and summary.md go
 * @param label            a free note kept with the results (e.g. what was changed for this run), may be empty
 * @param server           the EPCIS server rounds' documents and query store
 * @param bulk             the bulk round's chunk sizes and transactions in flight
 */
public record BenchmarkSettings(List<RoundKind> rounds, LoadShape shape, Duration systemWarmup, int readers,
                                long provenanceEvents, int traceWidth, List<Integer> capturers,
                                int epcisEvents, Duration progressInterval, Path descriptor, Path anchorHome,
                                Path output, String label, EpcisServerLoad server, BulkLoad bulk) {
    /** As the canonical constructor, with the bulk round's defaults. */
    public BenchmarkSettings(List<RoundKind> rounds, LoadShape shape, Duration systemWarmup, int readers,
                             long provenanceEvents, int traceWidth, List<Integer> capturers, int epcisEvents,
                             Duration progressInterval, Path descriptor, Path anchorHome, Path output, String label,
                             EpcisServerLoad server) {
        this(rounds, shape, systemWarmup, readers, provenanceEvents, traceWidth, capturers, epcisEvents,
                progressInterval, descriptor, anchorHome, output, label, server, BulkLoad.DEFAULT);
    }

    /** As the canonical constructor, with the EPCIS server rounds' defaults. */
    public BenchmarkSettings(List<RoundKind> rounds, LoadShape shape, Duration systemWarmup, int readers,
                             long provenanceEvents, int traceWidth, List<Integer> capturers, int epcisEvents,
                             Duration progressInterval, Path descriptor, Path anchorHome, Path output, String label) {
        this(rounds, shape, systemWarmup, readers, provenanceEvents, traceWidth, capturers, epcisEvents,
                progressInterval, descriptor, anchorHome, output, label, EpcisServerLoad.DEFAULT, BulkLoad.DEFAULT);
    }

    /** Checks and copies; the rounds are put in their running order. */
    public BenchmarkSettings {
        rounds = rounds.stream().distinct().sorted().toList();
        if (rounds.isEmpty()) {
            throw new IllegalArgumentException("choose at least one round");
        }
        Objects.requireNonNull(shape, "shape");
        if (systemWarmup == null || systemWarmup.isNegative()) {
            throw new IllegalArgumentException("the system warm-up cannot be negative");
        }
        if (readers < 1) {
            throw new IllegalArgumentException("readers must be at least 1");
        }
        if (provenanceEvents < 1) {
            throw new IllegalArgumentException("provenance events must be at least 1");
        }
        if (traceWidth < 1 || traceWidth > MAX_TRACE_WIDTH) {
            throw new IllegalArgumentException("the trace width must be between 1 and " + MAX_TRACE_WIDTH
                    + " (a trace answers at most 20,000 batches)");
        }
        capturers = capturers.stream().distinct().toList();
        if (capturers.isEmpty() || capturers.stream().anyMatch(n -> n < 1)) {
            throw new IllegalArgumentException("the EPCIS round needs one or more numbers of capturers, each at least 1");
        }
        if (epcisEvents < 1 || epcisEvents > MAX_EPCIS_EVENTS) {
            throw new IllegalArgumentException("EPCIS events per transaction must be between 1 and " + MAX_EPCIS_EVENTS
                    + " (the chaincode's limit per call)");
        }
        Objects.requireNonNull(progressInterval, "progressInterval");
        Objects.requireNonNull(descriptor, "descriptor");
        Objects.requireNonNull(anchorHome, "anchorHome");
        Objects.requireNonNull(output, "output");
        label = label == null ? "" : label;
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(bulk, "bulk");
    }

    /** The widest trace graph whose answer (1 + width + width^2 batches) stays within the chaincode's limit. */
    public static final int MAX_TRACE_WIDTH = 140;

    /** The most events the chaincode accepts in one capture call. */
    public static final int MAX_EPCIS_EVENTS = 1_000;

    /**
     * @return the loads a round runs with, one measurement each: the read rounds have their own number of readers,
     *         the EPCIS round runs once per number of capturers, the document rounds with their documents at once,
     *         the query round one query at a time for its number of queries (its store warmed up when loaded),
     *         the other write rounds with the workers
     */
    public List<LoadShape> shapesOf(RoundKind round) {
        if (round == RoundKind.EPCIS) {
            return capturers.stream().map(shape::withWorkers).toList();
        }
        if (round == RoundKind.EPCIS_SDK || round == RoundKind.EPCIS_HTTP) {
            return List.of(shape.withWorkers(server.documents()));
        }
        if (round == RoundKind.BULK || round == RoundKind.BULK_FLOOR) {
            return List.of(shape.withWorkers(bulk.workers()));
        }
        if (round == RoundKind.EPCIS_QUERY) {
            return List.of(new LoadShape(1, Duration.ZERO, Duration.ZERO, server.queries()));
        }
        return List.of(round.reads() ? shape.withWorkers(readers) : shape);
    }
}
