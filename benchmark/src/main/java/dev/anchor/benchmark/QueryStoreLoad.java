package dev.anchor.benchmark;

import dev.anchor.server.store.EventStore;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * Fills an empty query store with {@link SyntheticEvents}: block after block through {@link EventStore#apply}, as the
 * projection applies committed blocks (one database transaction per block), printing its progress. This measures
 * the read side alone: nothing goes through the ledger.
 */
final class QueryStoreLoad {
    /** Events per applied block, so per database transaction of the load. */
    static final int EVENTS_PER_BLOCK = 1_000;

    private final EventStore store;
    private final Duration progressInterval;
    private final PrintStream out;
    private final String label;

    /**
     * @param store            the store to fill; it must be empty
     * @param progressInterval how often to print the progress
     * @param out              where the progress goes
     * @param label            the progress lines' prefix, e.g. the round's id
     */
    QueryStoreLoad(EventStore store, Duration progressInterval, PrintStream out, String label) {
        this.store = store;
        this.progressInterval = progressInterval;
        this.out = out;
        this.label = label;
    }

    /**
     * Applies events 0 to {@code events - 1} (rounded up to whole blocks).
     *
     * @return the events stored
     * @throws BenchmarkException when the store holds blocks already (its data would not be the synthetic timeline)
     */
    long load(long events) {
        if (store.nextBlock() != 0) {
            throw new BenchmarkException("the query store holds " + store.nextBlock() + " blocks already; the query "
                    + "round loads its own events into an empty store: give --store the URL of an empty database");
        }
        long blocks = (events + EVENTS_PER_BLOCK - 1) / EVENTS_PER_BLOCK;
        long started = System.nanoTime();
        long reported = started;
        for (long block = 0; block < blocks; block++) {
            store.apply(SyntheticEvents.block(block, block * EVENTS_PER_BLOCK, EVENTS_PER_BLOCK));
            long now = System.nanoTime();
            if (now - reported >= progressInterval.toNanos() || block == blocks - 1) {
                reported = now;
                long stored = (block + 1) * EVENTS_PER_BLOCK;
                out.printf(Locale.ROOT, "[%s] loading the query store: %d of %d events, %.0f events/s%n", label,
                        stored, blocks * EVENTS_PER_BLOCK, stored / ((now - started) / 1e9));
                out.flush();
            }
        }
        return blocks * EVENTS_PER_BLOCK;
    }
}
