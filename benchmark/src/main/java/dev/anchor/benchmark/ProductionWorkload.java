package dev.anchor.benchmark;

import dev.anchor.client.BatchProducer;
import dev.anchor.client.custody.ProductionRecord;

import java.math.BigDecimal;

/** The RecordProduction round: a new batch per transaction, through the public SDK, as the manufacturer. */
final class ProductionWorkload implements Workload {
    /** A valid GTIN-14 (correct GS1 check digit). */
    static final String GTIN = "09506000134352";
    private static final BigDecimal QUANTITY = new BigDecimal("1200");

    private final BatchProducer manufacturer;
    private final RunIds ids;

    ProductionWorkload(BatchProducer manufacturer, RunIds ids) {
        this.manufacturer = manufacturer;
        this.ids = ids;
    }

    @Override
    public RoundKind kind() {
        return RoundKind.PRODUCTION;
    }

    @Override
    public Operation operation(int worker) {
        return sequence -> manufacturer.recordProduction(record(ids.id('P', worker, sequence)));
    }

    static ProductionRecord record(String batchId) {
        return new ProductionRecord(batchId, GTIN, "Conference pears", QUANTITY, "kg", "Orchard Lane");
    }
}
