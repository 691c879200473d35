package dev.anchor.cli.batch;

import dev.anchor.client.custody.ProductionRecord;
import picocli.CommandLine.Option;

import java.math.BigDecimal;

/** The options that describe a new batch, shared by {@code batch create} and {@code batch transform}. */
public final class NewBatchOptions {
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

    ProductionRecord record() {
        return new ProductionRecord(id, gtin, name, quantity, unit, site);
    }
}
