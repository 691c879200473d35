package dev.anchor.cli;

import dev.anchor.client.AnchorClient;
import dev.anchor.client.Batch;
import dev.anchor.client.ProductionRecord;
import dev.anchor.client.Receipt;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.math.BigDecimal;

/** {@code anchor batch create}: the manufacturer records production. */
@Command(name = "create", sortOptions = false, description = "Record a produced batch (manufacturer only).")
final class BatchCreateCommand extends AnchorCommand {
    @Option(names = "--id", required = true, paramLabel = "ID", description = "batch id: 1-64 of A-Z a-z 0-9 . _ -")
    String id;

    @Option(names = "--product", required = true, paramLabel = "GTIN14", description = "the product's GTIN-14")
    String gtin;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "the product's name")
    String name;

    @Option(names = "--quantity", required = true, paramLabel = "N", description = "quantity, > 0, e.g. 1200 or 12.5")
    BigDecimal quantity;

    @Option(names = "--unit", required = true, paramLabel = "UNIT", description = "unit of the quantity, e.g. kg")
    String unit;

    @Option(names = "--site", required = true, paramLabel = "SITE", description = "where it was produced")
    String site;

    @Option(names = "--json", description = "print {\"transactionId\":...,\"batch\":{...}}")
    boolean json;

    @Override
    public Integer call() {
        try (AnchorClient client = connect()) {
            Receipt receipt = client.recordProduction(new ProductionRecord(id, gtin, name, quantity, unit, site));
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
