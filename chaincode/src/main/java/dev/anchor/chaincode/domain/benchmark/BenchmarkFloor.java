package dev.anchor.chaincode.domain.benchmark;

import dev.anchor.chaincode.domain.access.WriteTransaction;
import dev.anchor.chaincode.domain.shared.Refusal;
import dev.anchor.chaincode.domain.shared.Submission;
import dev.anchor.model.vocabulary.ErrorCode;
import java.util.Objects;

/**
 * The cheapest write Anchor's chaincode can do, kept only to measure Fabric itself: it writes one small
 * value under its own key and does nothing else (no read, no event, no organisation rule; the caller's role is checked
 * as for every write, {@link WriteTransaction#BENCHMARK_FLOOR}). The benchmark takes
 * every other transaction's throughput as a ratio of this one. It is refused with
 * {@link ErrorCode#BENCHMARK_DISABLED} unless the server runs in {@link BenchmarkMode#ENABLED}, so that a
 * production network never accepts writes outside the supply-chain rules.
 */
public final class BenchmarkFloor {

    private static final byte[] VALUE = {'1'};

    private final BenchmarkMode mode;

    public BenchmarkFloor(BenchmarkMode mode) {
        this.mode = Objects.requireNonNull(mode, "mode");
    }

    /**
     * Writes the floor key, or refuses when the benchmark is disabled (checked first), the caller lacks the role or the
     * key is malformed.
     */
    public void write(BenchmarkLedger ledger, Submission submission, String key) {
        if (mode != BenchmarkMode.ENABLED) {
            throw new Refusal(ErrorCode.BENCHMARK_DISABLED, "the benchmark floor is for measurement only; "
                    + "this chaincode server runs without " + BenchmarkMode.VARIABLE + "=" + BenchmarkMode.ENABLED_VALUE);
        }
        WriteTransaction.BENCHMARK_FLOOR.permit(submission);
        ledger.writeFloor(new BenchmarkKey(key), VALUE.clone());
    }
}
