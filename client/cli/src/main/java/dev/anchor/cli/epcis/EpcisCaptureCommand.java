package dev.anchor.cli.epcis;

import dev.anchor.cli.AnchorCommand;
import dev.anchor.cli.CliException;
import dev.anchor.cli.ExitCodes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.anchor.client.AnchorClient;
import dev.anchor.client.epcis.EpcisCaptureException;
import dev.anchor.client.epcis.EpcisCaptureReport;
import dev.anchor.client.epcis.EpcisCapturer;
import dev.anchor.client.epcis.EpcisProblem;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * {@code anchor epcis capture FILE}: validates the whole document, then records its events in transactions of
 * {@code --events-per-tx}, with a progress bar on a terminal; a failure leaves a report of what was recorded, and the
 * same command run again records the rest.
 */
@Command(name = "capture", sortOptions = false, description = {
        "Record the events of an EPCIS 2.0 JSON / JSON-LD document (an EPCISDocument or a single event) on the ledger,",
        "as your organisation. The document is checked against the official schema first: an invalid one is refused",
        "with the JSON path and reason of each problem, and nothing of it is recorded. Events already on the ledger",
        "(the same CBV 2.0 event hash) count as duplicates; after a failure, run the same command again to record",
        "the rest."})
public final class EpcisCaptureCommand extends AnchorCommand {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Parameters(paramLabel = "FILE", description = "the EPCIS document (.json or .jsonld)")
    Path file;

    @Option(names = "--events-per-tx", paramLabel = "N",
            description = "events per transaction, 1 to 1000 (default: ${DEFAULT-VALUE}, chosen by measurement); a "
                    + "transaction also ends before it would pass 512 KiB of event JSON")
    int eventsPerTransaction = EpcisCapturer.DEFAULT_EVENTS_PER_TRANSACTION;

    @Option(names = "--in-flight", paramLabel = "N",
            description = "transactions sent and not yet committed at once, 1 to 16 (default: ${DEFAULT-VALUE}, chosen "
                    + "by measurement); progress is still reported in document order")
    int transactionsInFlight = EpcisCapturer.DEFAULT_TRANSACTIONS_IN_FLIGHT;

    @Option(names = "--json", description = "print {\"events\":N,\"recorded\":[ids],\"duplicates\":[ids],"
            + "\"transactionIds\":[...]}")
    boolean json;

    @Override
    public Integer call() {
        if (eventsPerTransaction < 1 || eventsPerTransaction > 1000) {
            throw new CliException("USAGE", "--events-per-tx must be 1 to 1000", ExitCodes.USAGE);
        }
        if (transactionsInFlight < 1 || transactionsInFlight > 16) {
            throw new CliException("USAGE", "--in-flight must be 1 to 16", ExitCodes.USAGE);
        }
        JsonNode document = read(file);
        PrintWriter err = spec.commandLine().getErr();
        EpcisCaptureReport report;
        try (AnchorClient client = connect(); Progress progress = new Progress(!json && System.console() != null)) {
            report = client.captureEpcis(document, eventsPerTransaction, transactionsInFlight, progress);
        } catch (EpcisCaptureException e) {
            for (EpcisProblem problem : e.problems()) {
                err.println("problem: " + problem.path() + ": " + problem.reason());
            }
            if (e.problems().isEmpty()) {
                EpcisCaptureReport partial = e.partial();
                err.println("recorded: " + partial.recorded().size() + " events, "
                        + partial.duplicates().size() + " duplicates, in " + partial.transactionIds().size()
                        + " transactions; not recorded: " + (partial.events() - partial.done()) + " of "
                        + partial.events() + " events; run the same command again to record them");
            }
            err.flush();
            throw e;
        }
        if (json) {
            print(EpcisJson.capture(report));
        } else {
            print(report.recorded().size() + " recorded, " + report.duplicates().size() + " duplicates ("
                    + report.events() + " events in " + report.transactionIds().size() + " transactions)");
        }
        return ExitCodes.OK;
    }

    private static JsonNode read(Path file) {
        try {
            return MAPPER.readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new CliException("USAGE", "no such file: " + file, ExitCodes.USAGE);
        } catch (IOException e) {
            throw new CliException("INVALID_EPCIS_DOCUMENT", file + " is not JSON: "
                    + e.getMessage().lines().findFirst().orElse(""), ExitCodes.FAILED);
        }
    }

    /** A progress bar on the terminal (standard error), or nothing when not on one. */
    private static final class Progress implements Consumer<EpcisCaptureReport>, AutoCloseable {
        private final boolean shown;
        private ProgressBar bar;

        Progress(boolean shown) {
            this.shown = shown;
        }

        @Override
        public void accept(EpcisCaptureReport report) {
            if (!shown) {
                return;
            }
            if (bar == null) {
                bar = new ProgressBarBuilder().setTaskName("capture").setInitialMax(report.events())
                        .setStyle(ProgressBarStyle.ASCII).setUnit(" events", 1).continuousUpdate().build();
            }
            bar.stepTo(report.done());
            bar.setExtraMessage(report.duplicates().size() + " duplicates");
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
