package dev.anchor.chaincode.domain.benchmark;

import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.chaincode.domain.shared.Refusal;
import java.util.Objects;

/**
 * The cheapest write Anchor's chaincode can do, kept only to measure Fabric itself: it writes one small
 * value under its own key and does nothing else (no read, no event, no role check). The benchmark takes
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

    /** Writes the floor key, or refuses when the benchmark is disabled or the key is malformed. */
    public void write(BenchmarkLedger ledger, String key) {
        if (mode != BenchmarkMode.ENABLED) {
            throw new Refusal(ErrorCode.BENCHMARK_DISABLED, "the benchmark floor is for measurement only; "
                    + "this chaincode server runs without " + BenchmarkMode.VARIABLE + "=" + BenchmarkMode.ENABLED_VALUE);
        }
        ledger.writeFloor(new BenchmarkKey(key), VALUE.clone());
    }
}
