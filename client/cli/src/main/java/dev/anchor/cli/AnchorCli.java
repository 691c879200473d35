package dev.anchor.cli;

import dev.anchor.cli.batch.BatchCommand;
import dev.anchor.cli.custody.AcceptCommand;
import dev.anchor.cli.custody.HandoffCommand;
import dev.anchor.cli.custody.InboxCommand;
import dev.anchor.cli.custody.InventoryCommand;
import dev.anchor.cli.custody.RejectCommand;
import dev.anchor.cli.demo.DemoCommand;
import dev.anchor.cli.epcis.EpcisCommand;
import dev.anchor.cli.events.WatchCommand;
import dev.anchor.cli.evidence.EvidenceCommand;
import dev.anchor.cli.identity.UserCommand;
import dev.anchor.cli.provenance.TraceCommand;
import dev.anchor.cli.provenance.VerifyProofCommand;
import dev.anchor.cli.recall.RecallCommand;
import dev.anchor.cli.serve.ServeCommand;
import dev.anchor.cli.terms.TermsCommand;
import dev.anchor.cli.unit.UnitCommand;
import dev.anchor.client.AnchorClient;
import dev.anchor.client.AnchorException;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.Organization;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The {@code anchor} command: global options, subcommands, error handling and exit codes.
 *
 * <p>{@link #main} is the only place that exits the JVM; tests build the command line with
 * {@link #commandLine(Path)}, set its out/err writers and call {@code execute(args)}.
 */
@Command(name = "anchor",
        mixinStandardHelpOptions = true,
        scope = ScopeType.INHERIT,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = "Supply-chain traceability on Hyperledger Fabric: record, transform and hand on batches, pack them,"
                + " trace and recall them.",
        subcommands = {BatchCommand.class, UnitCommand.class, HandoffCommand.class, AcceptCommand.class,
                RejectCommand.class, InventoryCommand.class, InboxCommand.class, TraceCommand.class, RecallCommand.class,
                EvidenceCommand.class, TermsCommand.class, EpcisCommand.class, ServeCommand.class, WatchCommand.class, VerifyProofCommand.class, DemoCommand.class,
                UserCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:success",
                "1:refused by the chaincode (error: CODE: message), or another failure; evidence verify: not attached; terms verify: no match",
                "2:usage error",
                "3:network unavailable or not set up",
                "4:the hash chain does not verify",
                "5:the proof does not verify (verify-proof)"},
        footer = {"", "Start the local network with network-config/network.sh up, or run `anchor demo`."})
public final class AnchorCli implements Runnable {
    /** Environment variable with the default organisation. */
    static final String ORG_VARIABLE = "ANCHOR_ORG";

    @Spec
    CommandSpec spec;

    @Option(names = "--org", paramLabel = "ORG", scope = ScopeType.INHERIT,
            completionCandidates = OrganizationNames.Founders.class,
            description = "act as this organisation: ${COMPLETION-CANDIDATES}, or one the network descriptor lists"
                    + " (added with network.sh add-org) (default: $ANCHOR_ORG, else manufacturer)")
    String org;

    @Option(names = "--user", paramLabel = "NAME", scope = ScopeType.INHERIT,
            description = "act as this user of the organisation, enrolled with `user enroll` (default: User1, the"
                    + " organisation's default user)")
    String user;

    @Option(names = "--network", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "network descriptor (default: <anchor home>/.anchor/network.json)")
    Path network;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "log more, and print stack traces on errors")
    boolean verbose;

    private final Path home;
    private final ClientFactory clients;
    private final Clock clock;
    private final Map<String, String> env;

    AnchorCli(Path home, ClientFactory clients, Clock clock, Map<String, String> env) {
        this.home = Objects.requireNonNull(home, "home");
        this.clients = Objects.requireNonNull(clients, "clients");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.env = Objects.requireNonNull(env, "env");
    }

    /** Runs the command and exits with its exit code. */
    public static void main(String[] args) {
        quietJavaLogging(Level.WARNING);
        System.exit(commandLine().execute(args));
    }

    /** The command line, with anchor home from the system property {@code anchor.home} (else the working directory). */
    public static CommandLine commandLine() {
        String home = System.getProperty("anchor.home");
        return commandLine(Path.of(home == null || home.isBlank() ? "" : home).toAbsolutePath());
    }

    /** The command line for the repository at {@code home}, connecting through the local network descriptor. */
    public static CommandLine commandLine(Path home) {
        return commandLine(new AnchorCli(home, ClientFactory.localNetwork(), Clock.systemDefaultZone(), System.getenv()));
    }

    static CommandLine commandLine(AnchorCli cli) {
        CommandLine cl = new CommandLine(cli);
        cl.setExecutionStrategy(AnchorCli::execute);
        cl.setExecutionExceptionHandler(AnchorCli::handle);
        return cl;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing required subcommand");
    }

    /** The organisation to act as: {@code --org}, else {@code $ANCHOR_ORG}, else manufacturer. */
    public Organization organization() {
        if (org != null) {
            return organizationNamed(org, "Invalid value for option '--org'");
        }
        String fromEnv = env.get(ORG_VARIABLE);
        if (fromEnv == null || fromEnv.isBlank()) {
            return Organization.MANUFACTURER;
        }
        return organizationNamed(fromEnv, "Invalid value of " + ORG_VARIABLE);
    }

    /**
     * The organisation with this short name: a founder, or one the network descriptor lists; else a usage error that
     * starts with {@code context} and names the valid ones.
     */
    public Organization organizationNamed(String name, String context) {
        try {
            return OrganizationNames.resolve(name, networkFile());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), context + ": " + e.getMessage());
        }
    }

    /** The user to act as: {@code --user}, else null for the organisation's default user. */
    public String user() {
        return user;
    }

    public Path home() {
        return home;
    }

    public Path networkFile() {
        return network != null ? network : home.resolve(".anchor").resolve("network.json");
    }

    public Clock clock() {
        return clock;
    }

    public AnchorClient connect(Organization organization) {
        return clients.connect(networkFile(), organization, user);
    }

    private static int execute(ParseResult parseResult) {
        AnchorCli cli = (AnchorCli) parseResult.commandSpec().root().userObject();
        if (cli.verbose) {
            System.setProperty("anchor.log.level", "DEBUG");
            System.setProperty("anchor.log.root.level", "INFO");
            quietJavaLogging(Level.INFO);
        }
        try {
            return new CommandLine.RunLast().execute(parseResult);
        } catch (LinkageError | AssertionError | StackOverflowError e) {
            // Errors escape picocli's exception handler; report them like any other failure.
            throw new CommandLine.ExecutionException(parseResult.commandSpec().commandLine(), e.toString(), e);
        }
    }

    /** Prints one line {@code error: CODE: message} (and the stack trace with --verbose); returns the exit code. */
    private static int handle(Exception e, CommandLine commandLine, ParseResult parseResult) {
        AnchorCli cli = (AnchorCli) commandLine.getCommandSpec().root().userObject();
        PrintWriter err = commandLine.getErr();
        if (cli.verbose) {
            e.printStackTrace(err);
        }
        String code;
        String message;
        int exit;
        if (e instanceof CliException c) {
            code = c.code();
            message = c.getMessage();
            exit = c.exitCode();
        } else if (e instanceof AnchorException a) {
            code = a.errorCode().name();
            message = a.getMessage();
            exit = exitCode(a.errorCode());
            if (a.errorCode() == ErrorCode.UNAVAILABLE) {
                message = message + " - is the network up? Start it with `network-config/network.sh up`";
            }
        } else {
            Throwable t = e instanceof CommandLine.ExecutionException && e.getCause() != null ? e.getCause() : e;
            code = ErrorCode.UNEXPECTED.name();
            message = t.getMessage() == null ? t.getClass().getName()
                    : t.getClass().getSimpleName() + ": " + t.getMessage();
            exit = ExitCodes.FAILED;
        }
        err.println("error: " + code + ": " + TextFormat.oneLine(message));
        err.flush();
        return exit;
    }

    public static int exitCode(ErrorCode code) {
        return switch (code) {
            case UNAVAILABLE, CONFIGURATION -> ExitCodes.UNAVAILABLE;
            case INVALID_PROOF -> ExitCodes.PROOF_REJECTED;
            default -> ExitCodes.FAILED;
        };
    }

    private static void quietJavaLogging(Level level) {
        // gRPC and its shaded Netty log through java.util.logging.
        Logger root = Logger.getLogger("");
        root.setLevel(level);
        for (var handler : root.getHandlers()) {
            handler.setLevel(level);
        }
    }
}
