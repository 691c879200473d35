package dev.anchor.client.custody;

import java.util.Objects;

/**
 * The result of a committed write on a logistic unit.
 *
 * @param transactionId the id of the committed transaction
 * @param unit          the unit as the transaction left it (for an unpacking, as it was before: it no longer exists)
 */
public record UnitReceipt(String transactionId, LogisticUnit unit) {
    /** Checks that no component is null. */
    public UnitReceipt {
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(unit, "unit");
    }
}
