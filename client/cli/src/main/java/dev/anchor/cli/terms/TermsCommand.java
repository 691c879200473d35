package dev.anchor.cli.terms;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code anchor terms show|verify|purge}: commercial terms of handoffs, private to the two parties. */
@Command(name = "terms", description = "Commercial terms of handoffs, kept by the two parties only "
        + "(handoff --terms): show them, check a disclosed copy against the ledger, purge them.",
        subcommands = {TermsShowCommand.class, TermsVerifyCommand.class, TermsPurgeCommand.class})
public final class TermsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing required subcommand: show, verify or purge");
    }
}
