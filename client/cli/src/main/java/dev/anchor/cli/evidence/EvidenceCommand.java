package dev.anchor.cli.evidence;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code anchor evidence add|verify}. */
@Command(name = "evidence", description = "Attach off-chain documents to a batch by their SHA-256, or check one.",
        subcommands = {EvidenceAddCommand.class, EvidenceVerifyCommand.class})
public final class EvidenceCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing required subcommand: add or verify");
    }
}
