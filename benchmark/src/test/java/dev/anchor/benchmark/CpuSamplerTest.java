package dev.anchor.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CpuSamplerTest {

    @Test
    void splitsTheMachinesBusyTimeByProcessGroup() {
        CpuSampler.Snapshot first = new CpuSampler.Snapshot(0, Map.of(
                "orderer", 100L, "peer0.a.anchor.local", 1000L, "peer0.b.anchor.local", 2000L,
                "chaincode-a", 500L, CpuSampler.Snapshot.SELF, 300L), 10_000L);
        // 10 s later: 2 cores fully busy = 2000 ticks
        CpuSampler.Snapshot last = new CpuSampler.Snapshot(10_000_000_000L, Map.of(
                "orderer", 150L, "peer0.a.anchor.local", 1400L, "peer0.b.anchor.local", 2400L,
                "chaincode-a", 900L, CpuSampler.Snapshot.SELF, 600L, "chaincode-new", 50L), 12_000L);

        CpuSplit split = CpuSampler.split(first, last, 2);

        assertThat(split.seconds()).isEqualTo(10.0);
        assertThat(split.machineBusy()).isEqualTo(2.0);
        assertThat(split.machineBusyShare()).isEqualTo(1.0);
        assertThat(split.coresByGroup()).containsExactly(
                Map.entry("orderer", 0.05), Map.entry("peers", 0.8), Map.entry("chaincode", 0.4),
                Map.entry(CpuSampler.CLIENT, 0.3), Map.entry("other", 0.45));
    }

    @Test
    void processesAreGroupedByTheirPidFileName() {
        assertThat(NetworkProcesses.group("orderer")).isEqualTo("orderer");
        assertThat(NetworkProcesses.group("peer0.retailer.anchor.local")).isEqualTo("peers");
        assertThat(NetworkProcesses.group("chaincode-retailer")).isEqualTo("chaincode");
        assertThat(NetworkProcesses.group("something")).isEqualTo("other");
    }
}
