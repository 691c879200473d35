package dev.anchor.model.lineage;

import dev.anchor.model.custody.Batch;
import java.math.BigDecimal;

/**
 * A lineage link as stored under its input: the link and a copy of the output batch's state, so that a trace forward
 * reads each output once ({@code outputState} null until the output is written).
 *
 * @param input       the consumed batch
 * @param output      the batch made
 * @param outputState the output batch's current state, or null
 * @param quantity    how much of the input
 * @param txId        the transaction
 * @param unit        the unit of {@code quantity}
 */
public record OutputLink(String input, String output, Batch outputState, BigDecimal quantity, String txId,
        String unit) {
}
