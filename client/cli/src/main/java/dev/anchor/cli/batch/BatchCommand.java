package dev.anchor.cli.batch;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code anchor batch create|transform|show}. */
@Command(name = "batch", description = "Record, transform or show batches.",
        subcommands = {BatchCreateCommand.class, BatchTransformCommand.class, BatchShowCommand.class})
public final class BatchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing required subcommand: create, transform or show");
    }
}
