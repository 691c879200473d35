package dev.anchor.cli.custody;

import dev.anchor.cli.AnchorCommand;
import dev.anchor.cli.ExitCodes;
import dev.anchor.cli.JsonOutput;
import dev.anchor.cli.TextFormat;
import dev.anchor.client.AnchorClient;
import dev.anchor.client.Receipt;
import dev.anchor.client.custody.UnitReceipt;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code anchor accept ID}: the recipient takes custody. */
@Command(name = "accept", description = "Accept the handoff of a batch or unit offered to you; you become its custodian.")
public final class AcceptCommand extends AnchorCommand {
    @Parameters(paramLabel = "ID", description = "the batch id, or a unit's SSCC")
    String id;

    @Option(names = "--json", description = "print {\"transactionId\":...,\"batch\":{...}}")
    boolean json;

    @Override
    public Integer call() {
        try (AnchorClient client = connect()) {
            if (namesUnit(id)) {
                UnitReceipt receipt = client.acceptUnitHandoff(id);
                print(json ? JsonOutput.receipt(receipt) : "Accepted unit " + id + " and its "
                        + receipt.unit().batchIds().size() + " batches: custodian is now "
                        + TextFormat.org(receipt.unit().custodian()) + "\ntransaction: " + receipt.transactionId());
                return ExitCodes.OK;
            }
            Receipt receipt = client.acceptHandoff(id);
            if (json) {
                print(JsonOutput.receipt(receipt));
            } else {
                print("Accepted batch " + id + ": custodian is now " + TextFormat.org(receipt.batch().custodian()));
                print("transaction: " + receipt.transactionId());
            }
        }
        return ExitCodes.OK;
    }
}
