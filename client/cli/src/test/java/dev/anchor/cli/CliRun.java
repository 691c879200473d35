package dev.anchor.cli;

import dev.anchor.client.AnchorClient;
import dev.anchor.client.Organization;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Runs the CLI in-process with captured output. */
public final class CliRun {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T15:01:58Z"), ZoneOffset.UTC);

    public Path home = Path.of("/repo");
    public Map<String, String> env = new HashMap<>();
    public Function<Organization, AnchorClient> clients = org -> {
        throw new AssertionError("no client expected");
    };
    public final List<Organization> connectedAs = new ArrayList<>();
    public final List<Path> networkFiles = new ArrayList<>();
    ClientFactory factory = (file, org, user) -> {
        networkFiles.add(file);
        connectedAs.add(org);
        return clients.apply(org);
    };

    public record Result(int exitCode, String out, String err) {
        public List<String> errLines() {
            return err.isEmpty() ? List.of() : List.of(err.split("\n"));
        }
    }

    public CliRun client(AnchorClient client) {
        clients = org -> client;
        return this;
    }

    public Result run(String... args) {
        CommandLine cl = AnchorCli.commandLine(new AnchorCli(home, factory, CLOCK, env));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
