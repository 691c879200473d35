package dev.anchor.cli.unit;

import dev.anchor.cli.AnchorCommand;
import dev.anchor.cli.ExitCodes;
import dev.anchor.cli.JsonOutput;
import dev.anchor.client.AnchorClient;
import dev.anchor.client.custody.UnitReceipt;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;

/** {@code anchor unit pack --sscc S --batches A,B}: the custodian packs batches into a new unit. */
@Command(name = "pack", description = {"Pack batches you hold into a new logistic unit.",
        "From then on they are handed off only with the unit (handoff, accept, reject take the SSCC)."})
public final class UnitPackCommand extends AnchorCommand {
    @Option(names = "--sscc", required = true, paramLabel = "SSCC", description = "the unit's SSCC: 18 digits, GS1 check digit")
    String sscc;

    @Option(names = "--batches", required = true, split = ",", paramLabel = "ID", description = "the batches, e.g. A,B,C")
    List<String> batches;

    @Option(names = "--json", description = "print {\"transactionId\":...,\"unit\":{...}}")
    boolean json;

    @Override
    public Integer call() {
        try (AnchorClient client = connect()) {
            UnitReceipt receipt = client.packUnit(sscc, batches);
            if (json) {
                print(JsonOutput.receipt(receipt));
            } else {
                print("Packed " + receipt.unit().batchIds().size() + " batches into unit " + sscc + ": "
                        + String.join(", ", receipt.unit().batchIds()));
                print("transaction: " + receipt.transactionId());
            }
        }
        return ExitCodes.OK;
    }
}
