package dev.anchor.cli.unit;

import dev.anchor.cli.AnchorCommand;
import dev.anchor.cli.ExitCodes;
import dev.anchor.cli.JsonOutput;
import dev.anchor.client.AnchorClient;
import dev.anchor.client.custody.UnitReceipt;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code anchor unit unpack S}: the custodian unpacks; the batches stay with it, loose. */
@Command(name = "unpack", description = "Unpack a logistic unit you hold; its batches stay with you and travel alone again.")
public final class UnitUnpackCommand extends AnchorCommand {
    @Parameters(paramLabel = "SSCC", description = "the unit's SSCC")
    String sscc;

    @Option(names = "--json", description = "print {\"transactionId\":...,\"unit\":{...}} (the unit as it was)")
    boolean json;

    @Override
    public Integer call() {
        try (AnchorClient client = connect()) {
            UnitReceipt receipt = client.unpackUnit(sscc);
            if (json) {
                print(JsonOutput.receipt(receipt));
            } else {
                print("Unpacked unit " + sscc + ": " + String.join(", ", receipt.unit().batchIds()));
                print("transaction: " + receipt.transactionId());
            }
        }
        return ExitCodes.OK;
    }
}
