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

/** {@code anchor reject ID --reason TEXT}: the recipient refuses; custody stays. */
@Command(name = "reject", description = "Reject the handoff of a batch or unit offered to you; custody stays with the sender.")
public final class RejectCommand extends AnchorCommand {
    @Parameters(paramLabel = "ID", description = "the batch id, or a unit's SSCC")
    String id;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "why, at most 500 characters")
    String reason;

    @Option(names = "--json", description = "print {\"transactionId\":...,\"batch\":{...}}")
    boolean json;

    @Override
    public Integer call() {
        try (AnchorClient client = connect()) {
            if (namesUnit(id)) {
                UnitReceipt receipt = client.rejectUnitHandoff(id, reason);
                print(json ? JsonOutput.receipt(receipt) : "Rejected the handoff of unit " + id + " (" + reason
                        + "): custody stays with " + TextFormat.org(receipt.unit().custodian())
                        + "\ntransaction: " + receipt.transactionId());
                return ExitCodes.OK;
            }
            Receipt receipt = client.rejectHandoff(id, reason);
            if (json) {
                print(JsonOutput.receipt(receipt));
            } else {
                print("Rejected the handoff of batch " + id + " (" + reason + "): custody stays with "
                        + TextFormat.org(receipt.batch().custodian()));
                print("transaction: " + receipt.transactionId());
            }
        }
        return ExitCodes.OK;
    }
}
