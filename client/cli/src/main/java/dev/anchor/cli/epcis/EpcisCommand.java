package dev.anchor.cli.epcis;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code anchor epcis capture|query|export}: GS1 EPCIS 2.0 documents in and out of Anchor. */
@Command(name = "epcis", description = "GS1 EPCIS 2.0: capture standard visibility events, query them, export a "
        + "batch's provenance.",
        subcommands = {EpcisCaptureCommand.class, EpcisQueryCommand.class, EpcisExportCommand.class})
public final class EpcisCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing required subcommand: capture, query or export");
    }
}
