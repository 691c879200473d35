package dev.anchor.benchmark;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a run learned about one round.
 *
 * @param kind        the round
 * @param measurement counts, throughput and latency
 * @param notes       what was set up for it
 * @param cpu         where the CPU went during the measurement, when it could be read
 * @param memory      the chaincode servers' memory at the end of the round
 * @param eventsPerOperation EPCIS events one operation records (the capture rounds), else 0
 * @param measures    figures measured besides the operations' latency, by name (e.g. {@code projectionLagP95Ms})
 */
public record RoundResult(RoundKind kind, RoundMeasurement measurement, List<String> notes, Optional<CpuSplit> cpu,
                          List<ChaincodeMemory> memory, int eventsPerOperation, Map<String, Double> measures) {
    /** A result without other measures. */
    public RoundResult(RoundKind kind, RoundMeasurement measurement, List<String> notes, Optional<CpuSplit> cpu,
                       List<ChaincodeMemory> memory, int eventsPerOperation) {
        this(kind, measurement, notes, cpu, memory, eventsPerOperation, Map.of());
    }

    /** Copies the lists and the measures (kept in their order). */
    public RoundResult {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(measurement, "measurement");
        notes = List.copyOf(notes);
        cpu = Objects.requireNonNullElse(cpu, Optional.empty());
        memory = List.copyOf(memory);
        measures = Collections.unmodifiableMap(new LinkedHashMap<>(measures));
        if (eventsPerOperation < 0) {
            throw new IllegalArgumentException("events per operation cannot be negative");
        }
    }

    /** @return EPCIS events recorded per second (operations per second times events per operation) */
    public double eventsPerSecond() {
        return measurement.throughput() * eventsPerOperation;
    }

    /** @return the batches each transaction recorded (the bulk round's measure), else 0 */
    public int batchesPerTransaction() {
        return measures.getOrDefault(BulkWorkload.BATCHES_PER_TRANSACTION, 0.0).intValue();
    }

    /** @return batches recorded per second (the bulk round: transactions per second times batches per transaction) */
    public double batchesPerSecond() {
        return measurement.throughput() * batchesPerTransaction();
    }

    /** @return committed transactions per second (operations per second times transactions per operation) */
    public double transactionsPerSecond() {
        return measurement.throughput() * kind.transactionsPerUnit();
    }
}
