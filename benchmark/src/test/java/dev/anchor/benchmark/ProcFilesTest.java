package dev.anchor.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ProcFilesTest {

    @Test
    void cpuTicksAreUserPlusSystemCountedAfterTheCommandName() {
        String stat = "4242 (my (odd) java) S 1 4242 4242 0 -1 4194560 9031 0 3 0 1500 250 0 0 20 0 41 0 12345 0 0";

        assertThat(ProcFiles.ticksOfStat(stat)).isEqualTo(1750);
    }

    @Test
    void machineTicksCountIdleAndIowaitAsNotBusy() {
        String stat = "cpu  100 5 40 800 20 0 10 3 7 0\ncpu0 50 2 20 400 10 0 5 1 3 0\n";

        long[] ticks = ProcFiles.machineTicksOf(stat);

        assertThat(ticks[1]).isEqualTo(100 + 5 + 40 + 800 + 20 + 0 + 10 + 3);
        assertThat(ticks[0]).isEqualTo(ticks[1] - 800 - 20);
    }

    @Test
    void kilobyteFieldsOfTheStatusFile() {
        String status = "Name:\tjava\nVmPeak:\t 3000000 kB\nVmHWM:\t  402112 kB\nVmRSS:\t  388000 kB\n";

        assertThat(ProcFiles.kilobytes(status, "VmHWM")).isEqualTo(OptionalLong.of(402112));
        assertThat(ProcFiles.kilobytes(status, "VmRSS")).isEqualTo(OptionalLong.of(388000));
        assertThat(ProcFiles.kilobytes(status, "VmSwap")).isEmpty();
    }

    @Test
    void thisProcessHasCpuTicks() {
        assertThat(ProcFiles.processTicks(ProcessHandle.current().pid())).isPresent();
        assertThat(ProcFiles.processTicks(Long.MAX_VALUE)).isEmpty();
    }
}
