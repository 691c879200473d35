package dev.anchor.cli.recall;

import dev.anchor.cli.AnchorCommand;
import dev.anchor.cli.ExitCodes;
import dev.anchor.cli.JsonOutput;
import dev.anchor.cli.TextFormat;
import dev.anchor.client.AnchorClient;
import dev.anchor.client.Receipt;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code anchor recall ack ID}: the custodian acknowledges the recall of a batch it holds. */
@Command(name = "ack", description = "Acknowledge the recall of a batch you hold.")
public final class RecallAckCommand extends AnchorCommand {
    @Parameters(paramLabel = "ID", description = "the recalled batch you hold")
    String id;

    @Option(names = "--json", description = "print {\"transactionId\":...,\"batch\":{...}}")
    boolean json;

    @Override
    public Integer call() {
        try (AnchorClient client = connect()) {
            Receipt receipt = client.acknowledgeRecall(id);
            if (json) {
                print(JsonOutput.receipt(receipt));
            } else {
                print("Acknowledged the recall of batch " + id + " as " + TextFormat.org(client.organization().mspId()));
                print("transaction: " + receipt.transactionId());
            }
        }
        return ExitCodes.OK;
    }
}
