package dev.anchor.benchmark;

import dev.anchor.client.AnchorException;
import dev.anchor.client.epcis.EpcisCapturer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The {@code anchor-benchmark} command: runs the benchmark rounds against the running local network and writes
 * {@code result.json} and {@code summary.md}. {@code benchmark/run.sh} builds it, puts the network in benchmark
 * mode, runs it and puts the network back.
 */
@Command(name = "anchor-benchmark", mixinStandardHelpOptions = true,
        description = {"Drives the running local network through the client SDK in rounds (closed loop) and reports, "
                + "per round, transactions sent, succeeded, failed by code, throughput and latency p50/p95/p99/max.",
                "The EPCIS server rounds capture documents through the SDK and through POST /capture of an in-process "
                        + "anchor serve (with its projection lag), and query a store of synthetic events.",
                "The floor round needs the chaincode servers in benchmark mode: "
                        + "ANCHOR_BENCHMARK=enabled network-config/network.sh up (benchmark/run.sh does it)."},
        sortOptions = false)
public final class BenchmarkCommand implements Callable<Integer> {
    static final String DEFAULT_ROUNDS = "floor,production,bulk-floor,bulk,handoff,provenance,trace,epcis,epcis-sdk,epcis-http,epcis-query";

    @Option(names = "--rounds", split = ",", paramLabel = "ROUND",
            description = "Rounds to run, comma-separated: floor, production, bulk-floor, bulk, handoff, provenance, trace, epcis, "
                    + "epcis-sdk, epcis-http, epcis-query (default: all)")
    List<String> rounds = List.of(DEFAULT_ROUNDS.split(","));

    @Option(names = "--workers", paramLabel = "N", description = "Concurrent workers of the write rounds (default: ${DEFAULT-VALUE})")
    int workers = 64;

    @Option(names = "--readers", paramLabel = "N", description = "Concurrent readers of the provenance and trace rounds (default: ${DEFAULT-VALUE})")
    int readers = 4;

    @Option(names = "--duration", paramLabel = "SECONDS", description = "Measured seconds per round (default: ${DEFAULT-VALUE})")
    double durationSeconds = 60;

    @Option(names = "--operations", paramLabel = "N",
            description = "Measure this many operations per round instead of a duration (default: by duration)")
    long operations;

    @Option(names = "--warmup", paramLabel = "SECONDS", description = "Unmeasured seconds before each round (default: ${DEFAULT-VALUE})")
    double warmupSeconds = 30;

    @Option(names = "--system-warmup", paramLabel = "SECONDS",
            description = "Unmeasured seconds of floor and RecordProduction load before the first round, for the JVMs "
                    + "to compile their hot code (default: ${DEFAULT-VALUE})")
    double systemWarmupSeconds = 180;

    @Option(names = "--provenance-events", paramLabel = "N",
            description = "Events of the batch the provenance round reads (default: ${DEFAULT-VALUE})")
    long provenanceEvents = 1000;

    @Option(names = "--trace-width", paramLabel = "N",
            description = "The trace round's graph: N children of the root, N children of each (default: ${DEFAULT-VALUE}, "
                    + "10,100 descendants)")
    int traceWidth = 100;

    @Option(names = "--capturers", split = ",", paramLabel = "N",
            description = "The EPCIS capture round runs once per number given, with that many concurrent capturing "
                    + "calls (default: ${DEFAULT-VALUE}; 1 is what `anchor epcis capture` does)")
    List<Integer> capturers = List.of(1, 4);

    @Option(names = "--epcis-events", paramLabel = "N",
            description = "Events per captured document and transaction in the EPCIS round (default: ${DEFAULT-VALUE}, "
                    + "the SDK's default)")
    int epcisEvents = EpcisCapturer.DEFAULT_EVENTS_PER_TRANSACTION;

    @Option(names = "--bulk-per-tx", split = ",", paramLabel = "N",
            description = "The bulk round runs once per number given, with that many new batches per RecordProductions "
                    + "transaction (default: 100,250,500); the line `bulk import: N batches/s` names the fastest")
    List<Integer> bulkPerTransaction = BulkLoad.DEFAULT_BATCHES_PER_TRANSACTION;

    @Option(names = "--bulk-workers", paramLabel = "N",
            description = "RecordProductions transactions in flight in the bulk round (default: ${DEFAULT-VALUE})")
    int bulkWorkers = BulkLoad.DEFAULT_WORKERS;

    @Option(names = "--document-events", paramLabel = "N",
            description = "ObjectEvents per captured document in the epcis-sdk and epcis-http rounds (default: "
                    + "${DEFAULT-VALUE})")
    int documentEvents = EpcisServerLoad.DEFAULT_DOCUMENT_EVENTS;

    @Option(names = "--documents", paramLabel = "N",
            description = "Documents captured at once in the epcis-sdk and epcis-http rounds (default: ${DEFAULT-VALUE}, "
                    + "as many as anchor serve's capture jobs run at once)")
    int documents = EpcisServerLoad.DEFAULT_DOCUMENTS;

    @Option(names = "--query-events", paramLabel = "N",
            description = "Synthetic events loaded into the query store before the epcis-query round (default: "
                    + "${DEFAULT-VALUE}; the load prints its progress)")
    long queryEvents = EpcisServerLoad.DEFAULT_QUERY_EVENTS;

    @Option(names = "--queries", paramLabel = "N", description = "Queries measured in the epcis-query round (default: "
            + "${DEFAULT-VALUE})")
    long queries = EpcisServerLoad.DEFAULT_QUERIES;

    @Option(names = "--store", paramLabel = "URL",
            description = "The epcis-query round's store: jdbc:postgresql://HOST:PORT/DB?user=U&password=P of an empty "
                    + "database (network-config/postgres.sh up prints one); default: a new H2 file in a temporary folder")
    String store;

    @Option(names = "--progress-every", paramLabel = "SECONDS", description = "Progress line interval (default: ${DEFAULT-VALUE})")
    double progressSeconds = 5;

    @Option(names = "--output", paramLabel = "DIR",
            description = "Where result.json and summary.md go (default: benchmark/results/<UTC time>)")
    Path output;

    @Option(names = "--network", paramLabel = "FILE", description = "Network descriptor (default: <repo>/.anchor/network.json)")
    Path descriptor;

    @Option(names = "--label", paramLabel = "TEXT", description = "A note kept with the results, e.g. what this run changed")
    String label = "";

    private final Path anchorHome;
    private final Path results;
    private final PrintStream out;

    BenchmarkCommand(Path anchorHome, PrintStream out) {
        this(anchorHome, anchorHome.resolve("benchmark/results"), out);
    }

    /**
     * @param anchorHome the repository whose network is measured (its {@code .anchor/} state)
     * @param results    where each run's folder goes when {@code --output} is not given
     * @param out        where progress goes
     */
    BenchmarkCommand(Path anchorHome, Path results, PrintStream out) {
        this.anchorHome = anchorHome;
        this.results = results;
        this.out = out;
    }

    /**
     * Runs the command; the exit code is 0 on success, 1 when the benchmark failed, 2 for bad options. System
     * properties: {@code anchor.home}, the repository whose network is measured (default: the working directory);
     * {@code anchor.results}, where the runs' folders go (default: {@code <anchor.home>/benchmark/results}).
     */
    public static void main(String[] args) {
        Path home = Path.of(System.getProperty("anchor.home", ".")).toAbsolutePath().normalize();
        Path results = Path.of(System.getProperty("anchor.results", home.resolve("benchmark/results").toString()))
                .toAbsolutePath().normalize();
        CommandLine command = new CommandLine(new BenchmarkCommand(home, results, System.out));
        System.exit(execute(command, System.out, System.err, args));
    }

    static int execute(Path anchorHome, PrintStream out, PrintStream err, String... args) {
        return execute(new CommandLine(new BenchmarkCommand(anchorHome, out)), out, err, args);
    }

    private static int execute(CommandLine command, PrintStream out, PrintStream err, String... args) {
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        command.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof IllegalArgumentException || e instanceof BenchmarkException || e instanceof AnchorException) {
                err.println("error: " + e.getMessage());
                return 1;
            }
            throw e;
        });
        return command.execute(args);
    }

    @Override
    public Integer call() {
        BenchmarkSettings settings = settings();
        out.printf("results: %s%n", settings.output());
        BenchmarkReport report = new Benchmark(settings, out).run();
        report.ratioToFloor(RoundKind.PRODUCTION).ifPresent(ratio -> out.printf("ratio to floor: %.2f%n", ratio));
        report.cpuRatioToFloor(RoundKind.PRODUCTION).ifPresent(ratio ->
                out.printf("CPU ratio to floor: %.2f (the floor's CPU per transaction over RecordProduction's)%n", ratio));
        report.bulkImportLine().ifPresent(out::println);
        report.bulkRatioLine().ifPresent(out::println);
        out.printf("wrote %s and %s%n", settings.output().resolve(Benchmark.RESULT_FILE),
                settings.output().resolve(Benchmark.SUMMARY_FILE));
        return 0;
    }

    BenchmarkSettings settings() {
        LoadShape shape = new LoadShape(workers, seconds(warmupSeconds, "--warmup"), seconds(durationSeconds, "--duration"),
                operations);
        Path out = output != null ? output : results.resolve(
                DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").format(ZonedDateTime.now(ZoneOffset.UTC)));
        return new BenchmarkSettings(rounds.stream().map(RoundKind::fromId).toList(), shape,
                seconds(systemWarmupSeconds, "--system-warmup"), readers, provenanceEvents, traceWidth, capturers, epcisEvents,
                seconds(progressSeconds, "--progress-every"),
                descriptor != null ? descriptor : anchorHome.resolve(".anchor/network.json"), anchorHome,
                out.toAbsolutePath().normalize(), label,
                new EpcisServerLoad(documentEvents, documents, queryEvents, queries, Optional.ofNullable(store)),
                new BulkLoad(bulkPerTransaction, bulkWorkers));
    }

    private static Duration seconds(double seconds, String option) {
        if (seconds < 0 || Double.isNaN(seconds)) {
            throw new IllegalArgumentException(option + " cannot be negative");
        }
        return Duration.ofMillis(Math.round(seconds * 1000));
    }
}
