package dev.anchor.benchmark;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The results of one run: where and how it was measured, and each round's result.
 *
 * @param startedAt  when the run started
 * @param finishedAt when it finished
 * @param machine    the machine and the code's commit
 * @param network    the network's configuration
 * @param settings   what the run did
 * @param rounds     each round's result, in running order
 */
public record BenchmarkReport(Instant startedAt, Instant finishedAt, MachineInfo machine, NetworkSettings network,
                              BenchmarkSettings settings, List<RoundResult> rounds) {
    /** Copies the rounds. */
    public BenchmarkReport {
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        rounds = List.copyOf(rounds);
    }

    /** @return the bulk round that recorded the most batches per second (of its chunk sizes), if the run had one */
    public Optional<RoundResult> fastestBulk() {
        return rounds.stream().filter(round -> round.kind() == RoundKind.BULK)
                .max(Comparator.comparingDouble(RoundResult::batchesPerSecond));
    }

    /**
     * @return {@code bulk import: N batches/s (B batches per transaction, W in flight)}: the fastest bulk round's line
     */
    public Optional<String> bulkImportLine() {
        return fastestBulk().map(round -> String.format(Locale.ROOT,
                "bulk import: %.0f batches/s (%d batches per transaction, %d in flight)", round.batchesPerSecond(),
                round.batchesPerTransaction(), round.measurement().workers()));
    }

    /**
     * @return {@code bulk ratio to floor: X.XX (B per transaction: N batches/s over the bulk floor's M keys/s)}: the
     *         fastest bulk round's batches per second over the bulk floor's keys per second at the same size, when
     *         both ran
     */
    public Optional<String> bulkRatioLine() {
        return fastestBulk().flatMap(bulk -> rounds.stream()
                .filter(round -> round.kind() == RoundKind.BULK_FLOOR
                        && round.batchesPerTransaction() == bulk.batchesPerTransaction() && round.batchesPerSecond() > 0)
                .findFirst()
                .map(floor -> String.format(Locale.ROOT,
                        "bulk ratio to floor: %.2f (%d per transaction: %.0f batches/s over the bulk floor's %.0f keys/s)",
                        bulk.batchesPerSecond() / floor.batchesPerSecond(), bulk.batchesPerTransaction(),
                        bulk.batchesPerSecond(), floor.batchesPerSecond())));
    }

    /** @return the result of that round, if the run had it */
    public Optional<RoundResult> round(RoundKind kind) {
        return rounds.stream().filter(round -> round.kind() == kind).findFirst();
    }

    /**
     * @return the round's committed transactions per second divided by the floor's, when both ran and the floor
     *         committed anything (reads have no ratio)
     */
    public OptionalDouble ratioToFloor(RoundKind kind) {
        Optional<RoundResult> floor = round(RoundKind.FLOOR);
        Optional<RoundResult> other = round(kind);
        if (kind.transactionsPerUnit() == 0 || floor.isEmpty() || other.isEmpty()
                || floor.get().transactionsPerSecond() <= 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(other.get().transactionsPerSecond() / floor.get().transactionsPerSecond());
    }

    /**
     * The same ratio from what each transaction cost, not from how many committed: the floor's CPU per committed
     * transaction divided by the round's, counting the network's processes and this client and leaving out the rest
     * of the machine ({@code other}). On a machine that other work shares, throughput follows what that work leaves;
     * this is the ratio both rounds would reach at saturation on a machine of their own, if CPU is what bounds them.
     *
     * @return empty when a round is missing, committed nothing or has no CPU split (reads have no ratio)
     */
    public OptionalDouble cpuRatioToFloor(RoundKind kind) {
        OptionalDouble floorCost = cpuPerTransaction(RoundKind.FLOOR);
        OptionalDouble cost = kind.transactionsPerUnit() == 0 ? OptionalDouble.empty() : cpuPerTransaction(kind);
        if (floorCost.isEmpty() || cost.isEmpty() || cost.getAsDouble() <= 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(floorCost.getAsDouble() / cost.getAsDouble());
    }

    /** CPU seconds of the network and the client per committed transaction of the round. */
    private OptionalDouble cpuPerTransaction(RoundKind kind) {
        Optional<RoundResult> round = round(kind);
        if (round.isEmpty() || round.get().cpu().isEmpty() || round.get().transactionsPerSecond() <= 0) {
            return OptionalDouble.empty();
        }
        double cores = round.get().cpu().get().coresByGroup().entrySet().stream()
                .filter(group -> !group.getKey().equals("other")).mapToDouble(Map.Entry::getValue).sum();
        return OptionalDouble.of(cores / round.get().transactionsPerSecond());
    }
}
