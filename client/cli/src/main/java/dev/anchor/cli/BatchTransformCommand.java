package dev.anchor.cli;

import dev.anchor.client.AnchorClient;
import dev.anchor.client.Batch;
import dev.anchor.client.Consumption;
import dev.anchor.client.ProductionRecord;
import dev.anchor.client.Receipt;
import dev.anchor.client.TransformationRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** {@code anchor batch transform}: the manufacturer makes a new batch from batches it holds. */
@Command(name = "transform", sortOptions = false,
        description = "Make a new batch from input batches you hold, consuming some of each (manufacturer only).")
final class BatchTransformCommand extends AnchorCommand {
    @Option(names = "--inputs", required = true, split = ",", paramLabel = "ID:QTY", converter = ConsumptionConverter.class,
            description = "what to consume of each input, in its unit, e.g. PEAR-001:600,PEAR-002:400")
    List<Consumption> inputs;

    @Option(names = "--id", required = true, paramLabel = "NEW", description = "the new batch's id")
    String id;

    @Option(names = "--product", required = true, paramLabel = "GTIN14", description = "the new product's GTIN-14")
    String gtin;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "the new product's name")
    String name;

    @Option(names = "--quantity", required = true, paramLabel = "N", description = "quantity made, > 0")
    BigDecimal quantity;

    @Option(names = "--unit", required = true, paramLabel = "UNIT", description = "unit of that quantity, e.g. l")
    String unit;

    @Option(names = "--site", required = true, paramLabel = "SITE", description = "where it was made")
    String site;

    @Option(names = "--json", description = "print {\"transactionId\":...,\"batch\":{...}} (the new batch)")
    boolean json;

    @Override
    public Integer call() {
        try (AnchorClient client = connect()) {
            Receipt receipt = client.transform(new TransformationRecord(inputs,
                    new ProductionRecord(id, gtin, name, quantity, unit, site)));
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
