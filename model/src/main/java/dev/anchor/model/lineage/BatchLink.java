package dev.anchor.model.lineage;

import java.math.BigDecimal;

/**
 * One lineage link: {@code quantity} of {@code input} went into {@code output}, in transaction {@code txId}. Stored
 * under its output and listed as an edge of traces, recall reports and EPCIS captures.
 *
 * @param input    the consumed batch
 * @param output   the batch made
 * @param quantity how much of the input
 * @param txId     the transformation (or capture) transaction
 * @param unit     the unit of {@code quantity}
 */
public record BatchLink(String input, String output, BigDecimal quantity, String txId, String unit) {
}
