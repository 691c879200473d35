package dev.anchor.cli.batch.imports;

import java.util.Objects;

/**
 * Why one row of a production file was not recorded: it could not be read, or the chaincode refused its batch.
 *
 * @param line    its line number in the file (from 1)
 * @param batchId its batch id, or {@code -} when the row has none
 * @param code    the error code, e.g. {@code INVALID_INPUT}, {@code BATCH_EXISTS}
 * @param message what is wrong
 */
public record RowProblem(int line, String batchId, String code, String message) implements RowReading {
    /** Checks that no component is null. */
    public RowProblem {
        Objects.requireNonNull(batchId, "batchId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    /** {@code line 12: PEAR-012: INVALID_INPUT: quantity "12,5" is not a number}. */
    @Override
    public String toString() {
        return "line " + line + ": " + batchId + ": " + code + ": " + message;
    }
}
