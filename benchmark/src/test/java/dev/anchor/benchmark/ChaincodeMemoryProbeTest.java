package dev.anchor.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChaincodeMemoryProbeTest {

    @Test
    void readsCommittedAndUsedHeapFromJcmd() {
        String output = """
                9631:
                 garbage-first heap   total 239616K, used 85770K [0x00000000f0000000, 0x0000000100000000)
                  region size 1024K, 20 young (20480K), 16 survivors (16384K)
                 Metaspace       used 22690K, committed 22912K, reserved 1114112K
                """;

        double[] heap = ChaincodeMemoryProbe.parseHeapInfo(output);

        assertThat(heap[0]).isEqualTo(234.0);
        assertThat(heap[1]).isEqualTo(83.8);
    }

    @Test
    void anErrorFromJcmdGivesZeros() {
        assertThat(ChaincodeMemoryProbe.parseHeapInfo("com.sun.tools.attach.AttachNotSupportedException: no such process"))
                .containsExactly(0, 0);
    }
}
