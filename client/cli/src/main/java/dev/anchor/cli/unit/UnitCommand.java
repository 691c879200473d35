package dev.anchor.cli.unit;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code anchor unit pack|unpack|show}. */
@Command(name = "unit", description = "Pack batches into a logistic unit (an SSCC-18), unpack it, or show it.",
        subcommands = {UnitPackCommand.class, UnitUnpackCommand.class, UnitShowCommand.class})
public final class UnitCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing required subcommand: pack, unpack or show");
    }
}
