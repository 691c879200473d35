package dev.anchor.chaincode.domain.benchmark;

import dev.anchor.chaincode.domain.access.WriteTransaction;
import dev.anchor.chaincode.domain.custody.ProductionRun;
import dev.anchor.chaincode.domain.shared.Refusal;
import dev.anchor.chaincode.domain.shared.Submission;
import dev.anchor.chaincode.domain.shared.WholeNumber;
import dev.anchor.model.vocabulary.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The cheapest writes Anchor's chaincode can do, kept only to measure Fabric itself.
 *
 * <ul>
 *   <li>{@link #write}: one small value under its own key and nothing else (no read, no event, no organisation rule;
 *       the caller's role is checked as for every write, {@link WriteTransaction#BENCHMARK_FLOOR}). The benchmark
 *       takes every other transaction's throughput as a ratio of this one.</li>
 *   <li>{@link #writeMany}: the cheapest correct bulk create, the floor of {@code RecordProductions}: for each of
 *       {@code count} keys, one read that finds it absent and one small write, nothing else.</li>
 * </ul>
 *
 * <p>Both are refused with
 * {@link ErrorCode#BENCHMARK_DISABLED} unless the server runs in {@link BenchmarkMode#ENABLED}, so that a
 * production network never accepts writes outside the supply-chain rules.
 */
public final class BenchmarkFloor {

    private static final byte[] VALUE = {'1'};

    /** At most this many keys per bulk floor transaction: as many as {@code RecordProductions} takes batches. */
    public static final int MAX_KEYS = ProductionRun.MAX_BATCHES;

    private final BenchmarkMode mode;

    public BenchmarkFloor(BenchmarkMode mode) {
        this.mode = Objects.requireNonNull(mode, "mode");
    }

    /**
     * Writes the floor key, or refuses when the benchmark is disabled (checked first), the caller lacks the role or the
     * key is malformed.
     */
    public void write(BenchmarkLedger ledger, Submission submission, String key) {
        requireEnabled();
        WriteTransaction.BENCHMARK_FLOOR.permit(submission);
        ledger.writeFloor(new BenchmarkKey(key), VALUE.clone());
    }

    /**
     * Creates the keys {@code prefix-0} to {@code prefix-(count-1)}, each read first and refused with
     * {@link ErrorCode#INVALID_INPUT} if it exists (nothing is written then); refused as {@link #write} is when the
     * benchmark is disabled or the caller lacks the role, and for a malformed prefix or a count outside 1 to
     * {@value #MAX_KEYS}.
     */
    public void writeMany(BenchmarkLedger ledger, Submission submission, String prefix, String count) {
        requireEnabled();
        WriteTransaction.BENCHMARK_BULK_FLOOR.permit(submission);
        int keyCount = WholeNumber.within(count, 1, MAX_KEYS).orElseThrow(() -> Refusal.invalidInput(
                "count must be a whole number from 1 to " + MAX_KEYS + ", not "
                        + (count == null ? "missing" : Refusal.quoted(count))));
        List<BenchmarkKey> keys = new ArrayList<>(keyCount);
        for (int i = 0; i < keyCount; i++) {
            keys.add(new BenchmarkKey(prefix + "-" + i));
        }
        for (BenchmarkKey key : keys) {
            if (ledger.floorExists(key)) {
                throw Refusal.invalidInput("benchmark key " + key + " already exists");
            }
        }
        for (BenchmarkKey key : keys) {
            ledger.writeFloor(key, VALUE.clone());
        }
    }

    private void requireEnabled() {
        if (mode != BenchmarkMode.ENABLED) {
            throw new Refusal(ErrorCode.BENCHMARK_DISABLED, "the benchmark floor is for measurement only; "
                    + "this chaincode server runs without " + BenchmarkMode.VARIABLE + "=" + BenchmarkMode.ENABLED_VALUE);
        }
    }
}
