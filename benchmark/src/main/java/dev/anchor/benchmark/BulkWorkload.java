package dev.anchor.benchmark;

import dev.anchor.client.AnchorClient;
import dev.anchor.client.custody.ProductionRecord;
import dev.anchor.client.custody.ProductionsReceipt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The bulk import round: each operation records {@code batchesPerTransaction} new batches in one
 * {@code RecordProductions} transaction through the SDK's {@code recordProductions}, as the manufacturer, under a
 * request id of its own (as {@code anchor batch import} sends each chunk of a file).
 */
final class BulkWorkload implements Workload {
    /** The measure that names the chunk size in the report. */
    static final String BATCHES_PER_TRANSACTION = "batchesPerTransaction";

    private final AnchorClient manufacturer;
    private final int batchesPerTransaction;
    private final RunIds ids;

    BulkWorkload(AnchorClient manufacturer, int batchesPerTransaction, RunIds ids) {
        this.manufacturer = manufacturer;
        this.batchesPerTransaction = batchesPerTransaction;
        this.ids = ids;
    }

    @Override
    public RoundKind kind() {
        return RoundKind.BULK;
    }

    @Override
    public List<String> prepare(int workers) {
        return List.of(String.format(Locale.ROOT, "%d new batches per RecordProductions transaction, %d transactions "
                + "in flight", batchesPerTransaction, workers));
    }

    @Override
    public Operation operation(int worker) {
        // e.g. BENCH-MB7Q1Z2K-B3n250-17-249: worker 3, chunks of 250, its 17th chunk, the chunk's 250th batch.
        String prefix = ids.id('B', worker) + "n" + batchesPerTransaction + "-";
        return sequence -> {
            List<ProductionRecord> chunk = new ArrayList<>(batchesPerTransaction);
            for (int i = 0; i < batchesPerTransaction; i++) {
                chunk.add(ProductionWorkload.record(prefix + sequence + "-" + i));
            }
            ProductionsReceipt receipt = manufacturer.withRequestId(prefix + sequence).recordProductions(chunk);
            if (receipt.batchIds().size() != batchesPerTransaction) {
                throw new BenchmarkException("RecordProductions answered " + receipt.batchIds().size()
                        + " batches for " + batchesPerTransaction + " sent");
            }
        };
    }

    @Override
    public Map<String, Double> measures() {
        return Map.of(BATCHES_PER_TRANSACTION, (double) batchesPerTransaction);
    }
}
