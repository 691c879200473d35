package dev.anchor.benchmark;

import dev.anchor.client.Organization;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The bulk floor round: {@code BenchmarkBulkFloor(prefix, N)} with a new prefix each time, so each transaction creates
 * N new one-byte keys, each read absent first: the least any correct bulk create costs Fabric, the reference of the
 * bulk round at the same N. Sent like the floor ({@link FloorWorkload}), as the manufacturer; it needs the chaincode
 * servers in benchmark mode (the floor round, run before it, says so when they are not).
 */
final class BulkFloorWorkload implements Workload {
    static final String FUNCTION = "BenchmarkBulkFloor";

    private final FloorGateway gateway;
    private final int keysPerTransaction;
    private final RunIds ids;

    BulkFloorWorkload(FloorGateway gateway, int keysPerTransaction, RunIds ids) {
        this.gateway = gateway;
        this.keysPerTransaction = keysPerTransaction;
        this.ids = ids;
    }

    @Override
    public RoundKind kind() {
        return RoundKind.BULK_FLOOR;
    }

    @Override
    public List<String> prepare(int workers) {
        return List.of(String.format(Locale.ROOT, "%d new keys per BenchmarkBulkFloor transaction, %d transactions in "
                + "flight, sent as %s", keysPerTransaction, workers, Organization.MANUFACTURER.mspId()));
    }

    @Override
    public Operation operation(int worker) {
        // e.g. BENCH-MB7Q1Z2K-K3n250-17: worker 3, 250 keys per transaction, its 17th transaction.
        String prefix = ids.id('K', worker) + "n" + keysPerTransaction + "-";
        return sequence -> gateway.submit(FUNCTION, prefix + sequence, Integer.toString(keysPerTransaction));
    }

    /** The keys per transaction, under the bulk round's measure, so that the reports show them as its batches. */
    @Override
    public Map<String, Double> measures() {
        return Map.of(BulkWorkload.BATCHES_PER_TRANSACTION, (double) keysPerTransaction);
    }
}
