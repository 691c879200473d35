package dev.anchor.chaincode.domain.lineage;

import dev.anchor.chaincode.domain.shared.BatchId;
import dev.anchor.chaincode.domain.shared.Quantity;
import java.util.Objects;

/**
 * One edge of the batch graph: transformation {@code txId} consumed {@code quantity} (in the input's {@code unit})
 * of batch {@code input} to make batch {@code output}. Stored twice, under the output (its inputs) and under the
 * input (its outputs), so that both directions are one key range.
 */
public record BatchLink(BatchId input, BatchId output, Quantity quantity, String unit, String txId) {

    public BatchLink {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(txId, "txId");
    }
}
