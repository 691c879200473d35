package dev.anchor.cli.batch;

import dev.anchor.cli.AnchorCommand;
import dev.anchor.cli.CliException;
import dev.anchor.cli.ExitCodes;
import dev.anchor.cli.TextFormat;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchor.cli.batch.imports.ChunkOutcome;
import dev.anchor.cli.batch.imports.ImportChunk;
import dev.anchor.cli.batch.imports.ProductionFile;
import dev.anchor.cli.batch.imports.ProductionImport;
import dev.anchor.cli.batch.imports.RowProblem;
import dev.anchor.client.AnchorClient;
import dev.anchor.client.BatchProducer;
import dev.anchor.model.vocabulary.ErrorCode;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code anchor batch import FILE}: reads a whole production file (CSV or JSON Lines), reports every row that cannot
 * be read before sending anything, then records the batches in transactions of {@code --per-tx}, all or none per
 * transaction, each under a request id derived from its rows, so that the same command run again after a crash
 * records what was not and nothing twice.
 */
@Command(name = "import", sortOptions = false, description = {
        "Record the batches of a production file (manufacturer only), many per",
        "transaction (docs/batch-import.md).",
        "",
        "FILE is CSV (.csv: a header row, then one batch per row) or JSON Lines",
        "(.jsonl or .ndjson: one JSON object per line), UTF-8, with the fields of",
        "`batch create`, all required, in any order:",
        "  batchId      1-64 of A-Z a-z 0-9 . _ -          (--id)",
        "  gtin         the product's GTIN-14               (--product)",
        "  productName  the product's name, at most 200     (--name)",
        "  quantity     > 0, e.g. 1200 or 12.5; in JSON a string or a number",
        "  unit         unit of the quantity, e.g. kg       (--unit)",
        "  site         where it was produced, at most 200  (--site)",
        "e.g.  batchId,gtin,productName,quantity,unit,site",
        "      PEAR-101,09506000134352,Conference pears,1200,kg,Orchard Lane",
        "",
        "The whole file is read first: rows that cannot be read (a field missing,",
        "a quantity that is not a number, a batch id on two rows) are reported",
        "with their line numbers, and nothing is sent. Each transaction is all or",
        "none: when the chaincode refuses a row, every refused row of its chunk is",
        "reported and nothing of that chunk is written; the other chunks are",
        "recorded. After a crash or a failure, run the same command again (with",
        "the same --per-tx): chunks already committed answer their first commit,",
        "nothing is written twice."})
final class BatchImportCommand extends AnchorCommand {
    /** Rows per transaction unless told: the benchmark's best measured chunk (docs/benchmarks.md, round bulk). */
    static final int DEFAULT_PER_TRANSACTION = 250;
    /** Transactions in flight unless told. */
    static final int DEFAULT_IN_FLIGHT = 4;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Parameters(paramLabel = "FILE", description = "the production file: .csv, .jsonl or .ndjson")
    Path file;

    @Option(names = "--per-tx", paramLabel = "N", description = "batches per transaction, 1 to "
            + BatchProducer.MAX_PRODUCTIONS_PER_TRANSACTION + " (default: ${DEFAULT-VALUE})")
    int perTransaction = DEFAULT_PER_TRANSACTION;

    @Option(names = "--in-flight", paramLabel = "N",
            description = "transactions sent and not yet committed at once, 1 to 16 (default: ${DEFAULT-VALUE})")
    int inFlight = DEFAULT_IN_FLIGHT;

    @Option(names = "--json", description = "print the summary as one JSON object: file, batches, recorded, "
            + "notRecorded, transactions (lines, requestId, transactionId), problems (line, batchId, code, message)")
    boolean json;

    @Override
    public Integer call() {
        if (perTransaction < 1 || perTransaction > BatchProducer.MAX_PRODUCTIONS_PER_TRANSACTION) {
            throw new CliException("USAGE", "--per-tx must be 1 to " + BatchProducer.MAX_PRODUCTIONS_PER_TRANSACTION,
                    ExitCodes.USAGE);
        }
        if (inFlight < 1 || inFlight > 16) {
            throw new CliException("USAGE", "--in-flight must be 1 to 16", ExitCodes.USAGE);
        }
        if (!ProductionFile.knownFormat(file)) {
            throw new CliException("USAGE", file + ": the file's name must end in .csv, .jsonl or .ndjson",
                    ExitCodes.USAGE);
        }
        ProductionFile production = read(file);
        PrintWriter err = spec.commandLine().getErr();
        if (!production.problems().isEmpty()) {
            report(err, production.problems());
            if (json) {
                print(summaryJson(production, List.of(), production.problems()));
            }
            throw new CliException("INVALID_INPUT", production.problems().size() + " of "
                    + (production.rows().size() + production.problems().size()) + " rows of " + file
                    + " cannot be read (listed on standard error); nothing was sent", ExitCodes.FAILED);
        }
        if (production.rows().isEmpty()) {
            throw new CliException("INVALID_INPUT", file + " holds no batches", ExitCodes.FAILED);
        }

        List<ImportChunk> chunks = ImportChunk.of(production.rows(), perTransaction);
        List<ChunkOutcome> outcomes;
        try (AnchorClient client = connect();
             Progress progress = new Progress(!json && System.console() != null, production.rows().size())) {
            outcomes = new ProductionImport(client::withRequestId, inFlight).run(chunks, progress);
        }
        return summarise(production, outcomes, err);
    }

    private int summarise(ProductionFile production, List<ChunkOutcome> outcomes, PrintWriter err) {
        List<RowProblem> refused = outcomes.stream().flatMap(o -> o.refused().stream()).toList();
        report(err, refused);
        int total = production.rows().size();
        int recorded = outcomes.stream().filter(ChunkOutcome::recorded).mapToInt(o -> o.chunk().rows().size()).sum();
        long transactions = outcomes.stream().filter(ChunkOutcome::recorded).count();
        if (json) {
            print(summaryJson(production, outcomes, refused));
        } else {
            print("Recorded " + recorded + " of " + total + " batches of " + file + " in " + transactions
                    + " transactions (" + perTransaction + " per transaction).");
            notRecorded(outcomes).forEach(this::print);
        }
        if (recorded == total) {
            return ExitCodes.OK;
        }
        boolean failed = outcomes.stream().anyMatch(o -> !o.recorded() && o.refused().isEmpty());
        String rest = (total - recorded) + " of " + total + " batches not recorded";
        if (failed) {
            throw new CliException("NOT_RECORDED", rest + "; run the same command again to record them",
                    outcomes.stream().anyMatch(o -> o.failureCode() == ErrorCode.UNAVAILABLE)
                            ? ExitCodes.UNAVAILABLE : ExitCodes.FAILED);
        }
        throw new CliException("BATCHES_REFUSED", rest + ": the chaincode refused rows of their transactions "
                + "(listed on standard error); correct those rows and run the same command again", ExitCodes.FAILED);
    }

    /**
     * One line per chunk not recorded, {@code Not recorded: lines 402-651 (250 batches): why}; consecutive chunks that
     * were not sent after a failure share one line.
     */
    private static List<String> notRecorded(List<ChunkOutcome> outcomes) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            ChunkOutcome outcome = outcomes.get(i);
            if (outcome.recorded()) {
                continue;
            }
            String why = outcome.refused().isEmpty() ? outcome.failure()
                    : outcome.refused().size() + " refused by the chaincode (listed on standard error), nothing of them written";
            int last = i;
            int batches = outcome.chunk().rows().size();
            while (outcome.failureCode() == null && outcome.refused().isEmpty() && last + 1 < outcomes.size()
                    && !outcomes.get(last + 1).recorded() && outcomes.get(last + 1).failureCode() == null
                    && outcomes.get(last + 1).refused().isEmpty()) {
                last++;
                batches += outcomes.get(last).chunk().rows().size();
            }
            String from = outcome.chunk().lines().split("-")[0];
            String to = outcomes.get(last).chunk().lines().split("-")[1];
            lines.add("Not recorded: lines " + from + "-" + to + " (" + batches + " batches): " + why);
            i = last;
        }
        return lines;
    }

    /** Every problem row, one line each on standard error: {@code line 12: PEAR-012: CODE: message}. */
    private static void report(PrintWriter err, List<RowProblem> problems) {
        problems.forEach(problem -> err.println(TextFormat.oneLine(problem.toString())));
        err.flush();
    }

    private String summaryJson(ProductionFile production, List<ChunkOutcome> outcomes, List<RowProblem> problems) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("file", file.toString());
        int total = production.rows().size() + (outcomes.isEmpty() ? production.problems().size() : 0);
        int recorded = outcomes.stream().filter(ChunkOutcome::recorded).mapToInt(o -> o.chunk().rows().size()).sum();
        node.put("batches", total);
        node.put("recorded", recorded);
        node.put("notRecorded", total - recorded);
        ArrayNode transactions = node.putArray("transactions");
        for (ChunkOutcome outcome : outcomes) {
            ObjectNode t = transactions.addObject();
            t.put("lines", outcome.chunk().lines());
            t.put("requestId", outcome.chunk().requestId());
            if (outcome.recorded()) {
                t.put("transactionId", outcome.transactionId());
            } else {
                t.put("notRecorded", outcome.refused().isEmpty() ? outcome.failure() : "refused");
            }
        }
        ArrayNode rows = node.putArray("problems");
        for (RowProblem problem : problems) {
            rows.addObject().put("line", problem.line()).put("batchId", problem.batchId()).put("code", problem.code())
                    .put("message", problem.message());
        }
        return node.toString();
    }

    private static ProductionFile read(Path file) {
        try {
            return ProductionFile.read(file);
        } catch (NoSuchFileException e) {
            throw new CliException("USAGE", "no such file: " + file, ExitCodes.USAGE);
        } catch (IOException e) {
            throw new CliException("USAGE", "cannot read " + file + ": " + e.getMessage(), ExitCodes.USAGE);
        }
    }

    /** A progress bar on the terminal (standard error): batches done of the total, and the rate. */
    private static final class Progress implements Consumer<ChunkOutcome>, AutoCloseable {
        private final ProgressBar bar;

        Progress(boolean shown, int batches) {
            bar = shown ? new ProgressBarBuilder().setTaskName("import").setInitialMax(batches)
                    .setStyle(ProgressBarStyle.ASCII).setUnit(" batches", 1).showSpeed()
                    .setSpeedUnit(ChronoUnit.SECONDS).continuousUpdate().build() : null;
        }

        @Override
        public void accept(ChunkOutcome outcome) {
            if (bar != null) {
                bar.stepBy(outcome.chunk().rows().size());
            }
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
