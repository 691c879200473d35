package dev.anchor.model.holdings;

import dev.anchor.model.custody.Batch;
import dev.anchor.model.unit.LogisticUnit;

/**
 * One entry of a holdings page: {@code {"batch":{…}}} or {@code {"unit":{…}}}, exactly one of the two.
 *
 * @param batch a batch held or offered outside a unit, or null
 * @param unit  a logistic unit held or offered, or null
 */
public record HoldingsItem(Batch batch, LogisticUnit unit) {

    /** The entry of a batch. */
    public static HoldingsItem of(Batch batch) {
        return new HoldingsItem(batch, null);
    }

    /** The entry of a logistic unit. */
    public static HoldingsItem of(LogisticUnit unit) {
        return new HoldingsItem(null, unit);
    }
}
