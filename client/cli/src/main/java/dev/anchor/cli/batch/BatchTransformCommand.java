package dev.anchor.cli.batch;

import dev.anchor.cli.AnchorCommand;
import dev.anchor.cli.ExitCodes;
import dev.anchor.cli.JsonOutput;
import dev.anchor.cli.TextFormat;
import dev.anchor.client.AnchorClient;
import dev.anchor.client.Receipt;
import dev.anchor.client.custody.Batch;
import dev.anchor.client.lineage.Consumption;
import dev.anchor.client.lineage.TransformationRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.List;
import java.util.stream.Collectors;

/** {@code anchor batch transform}: the manufacturer makes a new batch from batches it holds. */
@Command(name = "transform", sortOptions = false,
        description = "Make a new batch from input batches you hold, consuming some of each (manufacturer only).")
public final class BatchTransformCommand extends AnchorCommand {
    @Option(names = "--inputs", required = true, split = ",", paramLabel = "ID:QTY", converter = ConsumptionConverter.class,
            description = "what to consume of each input, in its unit, e.g. PEAR-001:600,PEAR-002:400")
    List<Consumption> inputs;

    @Mixin
    NewBatchOptions batch;

    @Option(names = "--json", description = "print {\"transactionId\":...,\"batch\":{...}} (the new batch)")
    boolean json;

    @Override
    public Integer call() {
        try (AnchorClient client = connect()) {
            Receipt receipt = client.transform(new TransformationRecord(inputs, batch.record()));
            if (json) {
                print(JsonOutput.receipt(receipt));
            } else {
                Batch b = receipt.batch();
                print("Made batch " + b.batchId() + ": " + TextFormat.quantity(b.quantity()) + " " + b.unit() + " of "
                        + b.productName() + " (GTIN " + b.gtin() + ") at " + b.site() + " from "
                        + inputs.stream().map(c -> c.batchId() + " (" + TextFormat.quantity(c.quantity()) + ")")
                        .collect(Collectors.joining(", ")) + ", held by " + TextFormat.org(b.custodian()));
                print("transaction: " + receipt.transactionId());
            }
        }
        return ExitCodes.OK;
    }
}
