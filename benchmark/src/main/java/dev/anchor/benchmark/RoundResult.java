package dev.anchor.benchmark;

import java.util.List;
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
 * @param eventsPerOperation EPCIS events one operation records (the capture round), else 0
 */
public record RoundResult(RoundKind kind, RoundMeasurement measurement, List<String> notes, Optional<CpuSplit> cpu,
                          List<ChaincodeMemory> memory, int eventsPerOperation) {
    /** Copies the lists. */
    public RoundResult {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(measurement, "measurement");
        notes = List.copyOf(notes);
        cpu = Objects.requireNonNullElse(cpu, Optional.empty());
        memory = List.copyOf(memory);
        if (eventsPerOperation < 0) {
            throw new IllegalArgumentException("events per operation cannot be negative");
        }
    }

    /** @return EPCIS events recorded per second (operations per second times events per operation) */
    public double eventsPerSecond() {
        return measurement.throughput() * eventsPerOperation;
    }

    /** @return committed transactions per second (operations per second times transactions per operation) */
    public double transactionsPerSecond() {
        return measurement.throughput() * kind.transactionsPerUnit();
    }
}
