package dev.anchor.chaincode.ledger;

import dev.anchor.chaincode.domain.benchmark.BenchmarkKey;
import dev.anchor.chaincode.domain.benchmark.BenchmarkLedger;
import java.util.Objects;
import org.hyperledger.fabric.shim.ChaincodeStub;

/** The benchmark floor's key namespace of the world state, reached through the transaction's stub. */
public final class FabricBenchmarkLedger implements BenchmarkLedger {

    private final ChaincodeStub stub;

    public FabricBenchmarkLedger(ChaincodeStub stub) {
        this.stub = Objects.requireNonNull(stub, "stub");
    }

    @Override
    public void writeFloor(BenchmarkKey key, byte[] value) {
        stub.putState(LedgerKeys.benchmarkFloor(key), value);
    }

    @Override
    public boolean floorExists(BenchmarkKey key) {
        byte[] value = stub.getState(LedgerKeys.benchmarkFloor(key));
        return value != null && value.length > 0;
    }
}
