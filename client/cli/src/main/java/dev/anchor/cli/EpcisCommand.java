package dev.anchor.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code anchor epcis query|export}: GS1 EPCIS 2.0 documents. */
@Command(name = "epcis", description = "GS1 EPCIS 2.0: query the captured events, export a batch's provenance.",
        subcommands = {EpcisQueryCommand.class, EpcisExportCommand.class})
final class EpcisCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing required subcommand: query or export");
    }
}
