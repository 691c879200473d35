package dev.anchor.benchmark;

import dev.anchor.client.BatchProducer;

import java.util.List;

/**
 * What the {@code bulk} round does: it runs once per number of batches per transaction, with that many new batches
 * in each {@code recordProductions} call and {@code workers} calls at once.
 *
 * @param batchesPerTransaction the chunk sizes measured, one round each
 * @param workers               concurrent {@code recordProductions} calls (transactions in flight)
 */
public record BulkLoad(List<Integer> batchesPerTransaction, int workers) {
    /** The chunk sizes measured unless told: around the CLI's default (docs/benchmarks.md, round bulk). */
    public static final List<Integer> DEFAULT_BATCHES_PER_TRANSACTION = List.of(100, 250, 500);
    /** Transactions in flight unless told. */
    public static final int DEFAULT_WORKERS = 8;
    /** The defaults. */
    public static final BulkLoad DEFAULT = new BulkLoad(DEFAULT_BATCHES_PER_TRANSACTION, DEFAULT_WORKERS);

    /** Checks the ranges; keeps each chunk size once, in the order given. */
    public BulkLoad {
        batchesPerTransaction = batchesPerTransaction.stream().distinct().toList();
        if (batchesPerTransaction.isEmpty() || batchesPerTransaction.stream()
                .anyMatch(n -> n < 1 || n > BatchProducer.MAX_PRODUCTIONS_PER_TRANSACTION)) {
            throw new IllegalArgumentException("the bulk round needs one or more numbers of batches per transaction, "
                    + "each 1 to " + BatchProducer.MAX_PRODUCTIONS_PER_TRANSACTION + " (--bulk-per-tx)");
        }
        if (workers < 1) {
            throw new IllegalArgumentException("the bulk round needs at least 1 worker (--bulk-workers)");
        }
    }
}
