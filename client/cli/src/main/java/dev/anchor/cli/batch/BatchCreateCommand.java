package dev.anchor.cli.batch;

import dev.anchor.cli.AnchorCommand;
import dev.anchor.cli.ExitCodes;
import dev.anchor.cli.JsonOutput;
import dev.anchor.cli.TextFormat;
import dev.anchor.client.AnchorClient;
import dev.anchor.client.Receipt;
import dev.anchor.client.custody.Batch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code anchor batch create}: the manufacturer records production. */
@Command(name = "create", sortOptions = false, description = "Record a produced batch (manufacturer only).")
public final class BatchCreateCommand extends AnchorCommand {
    @Mixin
    NewBatchOptions batch;

    @Option(names = "--json", description = "print {\"transactionId\":...,\"batch\":{...}}")
    boolean json;

    @Override
    public Integer call() {
        try (AnchorClient client = connect()) {
            Receipt receipt = client.recordProduction(batch.record());
            if (json) {
                print(JsonOutput.receipt(receipt));
            } else {
                Batch b = receipt.batch();
                print("Recorded batch " + b.batchId() + ": " + TextFormat.quantity(b.quantity()) + " " + b.unit()
                        + " of " + b.productName() + " (GTIN " + b.gtin() + ") at " + b.site() + ", held by "
                        + TextFormat.org(b.custodian()));
                print("transaction: " + receipt.transactionId());
            }
        }
        return ExitCodes.OK;
    }
}
