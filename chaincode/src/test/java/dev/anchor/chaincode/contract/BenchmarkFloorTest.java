package dev.anchor.chaincode.contract;

import static dev.anchor.chaincode.contract.SimulatedPeer.AUDITOR;
import static dev.anchor.chaincode.contract.SimulatedPeer.MANUFACTURER;
import static dev.anchor.chaincode.contract.SimulatedPeer.benchmarkKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import dev.anchor.chaincode.domain.benchmark.BenchmarkMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The benchmark floor: one small write when the server runs in benchmark mode, refused otherwise. */
class BenchmarkFloorTest {

    @Test
    void isRefusedWhenTheServerRunsWithoutBenchmarkMode() {
        SimulatedPeer peer = new SimulatedPeer(BenchmarkMode.DISABLED);

        String message = peer.refused("BENCHMARK_DISABLED", () -> peer.contract.BenchmarkFloor(peer.ctx, "K-1"));

        assertThat(message).isEqualTo("BENCHMARK_DISABLED: the benchmark floor is for measurement only; "
                + "this chaincode server runs without ANCHOR_BENCHMARK=enabled");
        assertThat(peer.state).isEmpty();
    }

    @Test
    void isRefusedByDefaultEvenWithAMalformedKey() {
        SimulatedPeer peer = new SimulatedPeer();

        peer.refused("BENCHMARK_DISABLED", () -> peer.contract.BenchmarkFloor(peer.ctx, "not a key"));
    }

    /** The server's mode is checked before the caller's role: a production network answers only that it is off. */
    @Test
    void isRefusedByDefaultEvenForACallerWithoutARole() {
        SimulatedPeer peer = new SimulatedPeer();
        peer.as(MANUFACTURER, null);

        peer.refused("BENCHMARK_DISABLED", () -> peer.contract.BenchmarkFloor(peer.ctx, "K-1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {MANUFACTURER, AUDITOR, "OtherMSP"})
    void writesOneSmallValueUnderItsOwnKeyAndNothingElse(String caller) {
        SimulatedPeer peer = new SimulatedPeer(BenchmarkMode.ENABLED);
        peer.as(caller);
        clearInvocations(peer.stub);

        String answer = peer.contract.BenchmarkFloor(peer.ctx, "floor-w3-000017");

        assertThat(answer).isEmpty();
        assertThat(peer.state).containsOnlyKeys(benchmarkKey("floor-w3-000017"));
        assertThat(peer.stateText(benchmarkKey("floor-w3-000017"))).isEqualTo("1");
        assertThat(peer.emitted).isEmpty();
        verify(peer.stub, never()).getState(anyString());
    }

    @Test
    void leavesBatchesAlone() {
        SimulatedPeer peer = new SimulatedPeer(BenchmarkMode.ENABLED);
        peer.produce("PEAR-001");
        String batchBefore = peer.stateText(SimulatedPeer.batchKey("PEAR-001"));

        peer.contract.BenchmarkFloor(peer.ctx, "PEAR-001");

        assertThat(peer.stateText(SimulatedPeer.batchKey("PEAR-001"))).isEqualTo(batchBefore);
        assertThat(peer.provenance("PEAR-001").get("events")).hasSize(1);
        assertThat(peer.state).containsKey(benchmarkKey("PEAR-001"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "with space", "nul\u0000char"})
    void refusesAMalformedKey(String key) {
        SimulatedPeer peer = new SimulatedPeer(BenchmarkMode.ENABLED);

        peer.refused("INVALID_INPUT", () -> peer.contract.BenchmarkFloor(peer.ctx, key));
    }

    @Test
    void refusesAMissingOrTooLongKey() {
        SimulatedPeer peer = new SimulatedPeer(BenchmarkMode.ENABLED);

        peer.refused("INVALID_INPUT", () -> peer.contract.BenchmarkFloor(peer.ctx, null));
        peer.refused("INVALID_INPUT", () -> peer.contract.BenchmarkFloor(peer.ctx, "k".repeat(65)));
    }

    @Test
    void theBulkFloorIsRefusedWhenTheServerRunsWithoutBenchmarkMode() {
        SimulatedPeer peer = new SimulatedPeer(BenchmarkMode.DISABLED);

        peer.refused("BENCHMARK_DISABLED", () -> peer.contract.BenchmarkBulkFloor(peer.ctx, "bulk-w1-1", "not a count"));
        assertThat(peer.state).isEmpty();
    }

    @Test
    void theBulkFloorReadsEachKeyAbsentThenWritesOneByteUnderEachAndNothingElse() {
        SimulatedPeer peer = new SimulatedPeer(BenchmarkMode.ENABLED);
        clearInvocations(peer.stub);

        String answer = peer.contract.BenchmarkBulkFloor(peer.ctx, "bulk-w2-7", "3");

        assertThat(answer).isEmpty();
        assertThat(peer.state).containsOnlyKeys(benchmarkKey("bulk-w2-7-0"), benchmarkKey("bulk-w2-7-1"),
                benchmarkKey("bulk-w2-7-2"));
        assertThat(peer.stateText(benchmarkKey("bulk-w2-7-2"))).isEqualTo("1");
        assertThat(peer.emitted).isEmpty();
        verify(peer.stub, times(3)).getState(anyString());
        verify(peer.stub, times(3)).putState(anyString(), any());
    }

    @Test
    void theBulkFloorWritesNothingWhenAnyKeyExists() {
        SimulatedPeer peer = new SimulatedPeer(BenchmarkMode.ENABLED);
        peer.contract.BenchmarkFloor(peer.ctx, "bulk-w1-1-2");

        String message = peer.refused("INVALID_INPUT", () -> peer.contract.BenchmarkBulkFloor(peer.ctx, "bulk-w1-1", "4"));

        assertThat(message).isEqualTo("INVALID_INPUT: benchmark key bulk-w1-1-2 already exists");
        assertThat(peer.state).containsOnlyKeys(benchmarkKey("bulk-w1-1-2"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1001", "-1", "2.5", "", "12345", "ten"})
    void theBulkFloorRefusesACountOutsideOneToAThousand(String count) {
        SimulatedPeer peer = new SimulatedPeer(BenchmarkMode.ENABLED);

        String message = peer.refused("INVALID_INPUT", () -> peer.contract.BenchmarkBulkFloor(peer.ctx, "bulk", count));

        assertThat(message).startsWith("INVALID_INPUT: count must be a whole number from 1 to 1000, not \"");
        assertThat(peer.state).isEmpty();
    }

    @Test
    void theBulkFloorRefusesAPrefixThatMakesMalformedKeys() {
        SimulatedPeer peer = new SimulatedPeer(BenchmarkMode.ENABLED);

        peer.refused("INVALID_INPUT", () -> peer.contract.BenchmarkBulkFloor(peer.ctx, "with space", "2"));
        peer.refused("INVALID_INPUT", () -> peer.contract.BenchmarkBulkFloor(peer.ctx, "k".repeat(61), "1000"));
        assertThat(peer.state).isEmpty();
    }
}
