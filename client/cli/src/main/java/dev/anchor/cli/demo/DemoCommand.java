package dev.anchor.cli.demo;

import dev.anchor.cli.AnchorCommand;
import dev.anchor.cli.CliException;
import dev.anchor.cli.ExitCodes;
import dev.anchor.cli.TextFormat;
import dev.anchor.cli.provenance.TraceCommand;
import dev.anchor.client.AnchorClient;
import dev.anchor.client.AnchorException;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.Organization;
import dev.anchor.client.Receipt;
import dev.anchor.client.custody.ProductionRecord;
import dev.anchor.client.custody.Sscc;
import dev.anchor.client.custody.UnitReceipt;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * {@code anchor demo}: starts the local network ({@code network-config/network.sh up}, output streamed), then
 * plays the story of a pear batch across the four organisations and prints its verified trace.
 */
@Command(name = "demo", description = {
        "Start the local network and play the story of a batch of pears, then of pear juice.",
        "Runs network-config/network.sh up (unless --skip-setup), then: the manufacturer records a batch and hands it",
        "to the distributor, who rejects it once and accepts it the second time, then hands it to the retailer, who",
        "accepts it; the auditor reads the trace and verifies its hash chain. Then two pear batches are pressed into",
        "juice, bottled and handed on; one pear batch fails a lab test, whose report is attached, and is recalled: the",
        "recall reaches every juice and bottle batch, their holders acknowledge it, and the auditor reads the report.",
        "Exits 4 if the chain does not verify."})
public final class DemoCommand extends AnchorCommand {
    static final String SETUP_SCRIPT = "network-config/network.sh";
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration READY_PAUSE = Duration.ofSeconds(3);

    @Option(names = "--skip-setup", description = "do not run " + SETUP_SCRIPT + " up (the network is already up)")
    boolean skipSetup;

    @Override
    public Integer call() {
        if (!skipSetup) {
            startNetwork();
        }
        String id = "DEMO-" + ID_TIME.format(LocalDateTime.now(cli().clock()));
        try (AnchorClient manufacturer = connect(Organization.MANUFACTURER);
             AnchorClient distributor = connect(Organization.DISTRIBUTOR);
             AnchorClient retailer = connect(Organization.RETAILER);
             AnchorClient auditor = connect(Organization.AUDITOR)) {
            waitUntilReady(auditor, id);
            print("");
            print("The story of batch " + id);
            step(1, manufacturer, "records 1200 kg of Conference pears (GTIN 09506000134352) at Orchard Lane packing station",
                    () -> manufacturer.recordProduction(new ProductionRecord(id, "09506000134352", "Conference pears",
                            new BigDecimal("1200"), "kg", "Orchard Lane packing station")));
            step(2, manufacturer, "hands the batch to the distributor",
                    () -> manufacturer.initiateHandoff(id, Organization.DISTRIBUTOR));
            step(3, distributor, "rejects it: \"temperature log missing\"; the manufacturer keeps it",
                    () -> distributor.rejectHandoff(id, "temperature log missing"));
            step(4, manufacturer, "hands it to the distributor again, temperature log attached",
                    () -> manufacturer.initiateHandoff(id, Organization.DISTRIBUTOR));
            step(5, distributor, "accepts it and now holds the batch",
                    () -> distributor.acceptHandoff(id));
            step(6, distributor, "hands it to the retailer",
                    () -> distributor.initiateHandoff(id, Organization.RETAILER));
            step(7, retailer, "accepts it and now holds the batch",
                    () -> retailer.acceptHandoff(id));
            print(String.format(" 8. %-12s reads the trace and checks its hash chain:", Organization.AUDITOR.shortName()));
            print("");
            int verdict = TraceCommand.trace(this, auditor, id, false);
            new JuiceStory(this, id, demoPallet(), manufacturer, distributor, retailer, auditor).play();
            return verdict;
        }
    }

    void step(int number, AnchorClient actor, String what, Supplier<Receipt> action) {
        printStep(number, actor, what, action.get().transactionId());
    }

    void unitStep(int number, AnchorClient actor, String what, Supplier<UnitReceipt> action) {
        printStep(number, actor, what, action.get().transactionId());
    }

    private void printStep(int number, AnchorClient actor, String what, String transactionId) {
        print(String.format("%2d. %-12s %s  [tx %s]", number, actor.organization().shortName(), what,
                TextFormat.shortTx(transactionId)));
    }

    /**
     * The juice story's pallet, new on every run: extension digit 3, the demo's GS1 company prefix 9506000, the
     * run's time in seconds as the serial reference, and the check digit.
     */
    private String demoPallet() {
        long serial = cli().clock().instant().getEpochSecond() % 1_000_000_000L;
        return Sscc.withCheckDigit(String.format(Locale.ROOT, "39506000%09d", serial));
    }

    /** Runs the setup script with its output indented under ours; fails with exit code 3. */
    private void startNetwork() {
        Path script = cli().home().resolve(SETUP_SCRIPT);
        if (!Files.isRegularFile(script)) {
            throw new CliException("SETUP_FAILED", SETUP_SCRIPT + " not found in " + cli().home()
                    + "; run anchor from the repository (the ./anchor script sets -Danchor.home)", ExitCodes.UNAVAILABLE);
        }
        print("Starting the local Anchor network (" + SETUP_SCRIPT + " up); this can take a few minutes the first time.");
        int exit;
        try {
            Process process = new ProcessBuilder(List.of("bash", script.toString(), "up"))
                    .directory(cli().home().toFile())
                    .redirectErrorStream(true)
                    // A terminal's input reaches the script (e.g. for a sudo prompt); otherwise it reads nothing.
                    .redirectInput(System.console() != null
                            ? ProcessBuilder.Redirect.INHERIT
                            : ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    print("  | " + line);
                }
            }
            exit = process.waitFor();
        } catch (IOException e) {
            throw new CliException("SETUP_FAILED", "cannot run " + SETUP_SCRIPT + ": " + e.getMessage(),
                    ExitCodes.UNAVAILABLE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException("SETUP_FAILED", "interrupted while running " + SETUP_SCRIPT, ExitCodes.UNAVAILABLE);
        }
        if (exit != 0) {
            throw new CliException("SETUP_FAILED", SETUP_SCRIPT + " up failed with exit code " + exit
                    + " (its output is above)", ExitCodes.UNAVAILABLE);
        }
        print("The network is up.");
    }

    /**
     * A freshly started chaincode may need a moment before it answers: read the (not yet existing) batch until the
     * chaincode says BATCH_NOT_FOUND, or give up after a while with the last error.
     */
    private static void waitUntilReady(AnchorClient reader, String id) {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        while (true) {
            try {
                reader.getBatch(id);
                return;
            } catch (AnchorException e) {
                if (e.errorCode().isChaincodeRefusal() || Instant.now().isAfter(deadline)) {
                    if (e.errorCode() == ErrorCode.BATCH_NOT_FOUND) {
                        return;
                    }
                    throw e;
                }
            }
            try {
                Thread.sleep(READY_PAUSE.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CliException("INTERRUPTED", "interrupted while waiting for the network", ExitCodes.UNAVAILABLE);
            }
        }
    }
}
