package dev.anchor.cli;

import dev.anchor.client.AnchorClient;
import dev.anchor.client.Organization;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** Shared by the subcommands: the root's options, output writers and connection. */
public abstract class AnchorCommand implements Callable<Integer> {
    @Spec
    protected CommandSpec spec;

    public AnchorCli cli() {
        return (AnchorCli) spec.root().userObject();
    }

    /** The command line's standard output (captured in tests). */
    public PrintWriter out() {
        return spec.commandLine().getOut();
    }

    public void print(String line) {
        out().println(line);
        out().flush();
    }

    public void print(List<String> lines) {
        lines.forEach(out()::println);
        out().flush();
    }

    /** Whether a command's id argument names a logistic unit: an SSCC is 18 digits, a batch id never is. */
    public static boolean namesUnit(String id) {
        return id != null && id.matches("[0-9]{18}");
    }

    /** A client acting as the organisation of {@code --org} / {@code $ANCHOR_ORG}. */
    public AnchorClient connect() {
        return cli().connect(cli().organization());
    }

    public AnchorClient connect(Organization organization) {
        return cli().connect(organization);
    }
}
