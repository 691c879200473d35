package dev.anchor.chaincode.domain.custody;

/**
 * One produced batch as a production report (e.g. an ERP's export at a shift's end) gives it: the arguments of
 * {@code RecordProduction}, unchecked. A missing member is null; {@link ProductionRun} refuses it as
 * {@code RecordProduction} refuses a missing argument.
 */
public record ProductionEntry(String batchId, String gtin, String productName, String quantity, String unit,
        String site) {
}
