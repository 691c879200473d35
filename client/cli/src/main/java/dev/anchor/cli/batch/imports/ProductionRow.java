package dev.anchor.cli.batch.imports;

import dev.anchor.client.custody.ProductionRecord;

import java.util.Objects;

/**
 * One row of a production file, read.
 *
 * @param line   its line number in the file (from 1; the header is line 1 of a CSV file)
 * @param record the batch it declares
 */
public record ProductionRow(int line, ProductionRecord record) implements RowReading {
    /** Checks that the record is present. */
    public ProductionRow {
        Objects.requireNonNull(record, "record");
    }
}
