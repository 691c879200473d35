package dev.anchor.model.custody;

/**
 * One entry of {@code RecordProductions}' argument, a JSON array of them: the arguments of {@code RecordProduction}
 * for one batch, every member a string (the quantity in plain notation, e.g. {@code "1200.5"}).
 *
 * @param batchId     the new batch's id
 * @param gtin        its GTIN, 14 digits
 * @param productName what it is
 * @param quantity    how much, greater than 0
 * @param site        where it was produced
 * @param unit        the unit of the quantity, e.g. {@code kg}
 */
public record ProductionEntry(String batchId, String gtin, String productName, String quantity, String site,
        String unit) {
}
