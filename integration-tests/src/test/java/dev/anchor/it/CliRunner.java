package dev.anchor.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.anchor.cli.AnchorCli;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the anchor CLI in-process against the real network, capturing what it prints. */
final class CliRunner {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Run(int exitCode, String out, String err) {
        JsonNode json() throws Exception {
            return JSON.readTree(out);
        }
    }

    private CliRunner() {
    }

    /** Runs the command once every peer has committed what earlier commands wrote. */
    static Run settled(TestNetwork network, String... args) {
        network.settle();
        return anchor(args);
    }

    /** As {@link #settled}, and the command must succeed (exit 0; its standard error is the failure message). */
    static Run ok(TestNetwork network, String... args) {
        Run run = settled(network, args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }

    static Run anchor(String... args) {
        CommandLine cli = AnchorCli.commandLine(TestNetwork.anchorHome());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return new Run(cli.execute(args), out.toString(), err.toString());
    }
}
