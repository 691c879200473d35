package dev.anchor.client.lineage;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How much of one input batch a transformation consumes, in that batch's unit.
 *
 * @param batchId  the input batch, held by the caller
 * @param quantity greater than 0, at most what remains of the batch
 */
public record Consumption(String batchId, BigDecimal quantity) {
    /** Checks that no component is null. */
    public Consumption {
        Objects.requireNonNull(batchId, "batchId");
        Objects.requireNonNull(quantity, "quantity");
    }

    /**
     * Reads {@code ID:QTY}, e.g. {@code PEAR-001:600}.
     *
     * @throws IllegalArgumentException when it is not of that form
     */
    public static Consumption parse(String idAndQuantity) {
        int colon = idAndQuantity == null ? -1 : idAndQuantity.lastIndexOf(':');
        if (colon <= 0 || colon == idAndQuantity.length() - 1) {
            throw new IllegalArgumentException("expected ID:QTY, e.g. PEAR-001:600, not '" + idAndQuantity + "'");
        }
        try {
            return new Consumption(idAndQuantity.substring(0, colon).trim(),
                    new BigDecimal(idAndQuantity.substring(colon + 1).trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the quantity of '" + idAndQuantity + "' is not a number");
        }
    }
}
