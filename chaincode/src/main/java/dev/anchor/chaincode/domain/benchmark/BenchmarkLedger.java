package dev.anchor.chaincode.domain.benchmark;

/** Where the benchmark floor writes: its own key namespace of the world state, apart from batches. */
public interface BenchmarkLedger {

    /** Puts one value under the floor key; reads nothing, emits nothing. */
    void writeFloor(BenchmarkKey key, byte[] value);

    /** Whether a floor key holds a value (one read). */
    boolean floorExists(BenchmarkKey key);
}
