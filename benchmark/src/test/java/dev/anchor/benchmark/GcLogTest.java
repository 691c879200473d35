package dev.anchor.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GcLogTest {
    private static final String EARLY = """
            [0.005s][info][gc] Using G1
            [0.375s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 12M->5M(66M) 5.713ms
            [9.101s][info][gc] GC(1) Pause Young (Normal) (G1 Evacuation Pause) 190M->60M(256M) 9.276ms
            """;
    private static final String LATER = """
            [20.5s][info][gc] GC(2) Pause Young (Concurrent Start) (G1 Humongous Allocation) 120M->41M(256M) 4.1ms
            [20.6s][info][gc] GC(3) Concurrent Mark Cycle 12.003ms
            [21.0s][info][gc] GC(4) Pause Full (System.gc()) 1G->512K(256M) 30.2ms
            """;

    @Test
    void thePeaksAreTheMostBeforeAndTheMostAfterACollection() {
        GcLog.Peaks peaks = GcLog.peaks(EARLY + LATER);

        assertThat(peaks.beforeGc()).isEqualTo(1024);
        assertThat(peaks.afterGc()).isEqualTo(60);
    }

    @Test
    void readsOnlyWhatWasWrittenAfterTheMark(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("chaincode-x-gc.log");
        Files.writeString(log, EARLY, StandardCharsets.UTF_8);
        long mark = GcLog.size(log);
        Files.writeString(log, EARLY + LATER.lines().findFirst().orElseThrow() + "\n", StandardCharsets.UTF_8);

        GcLog.Peaks peaks = GcLog.peaksSince(log, mark);

        assertThat(peaks.beforeGc()).isEqualTo(120);
        assertThat(peaks.afterGc()).isEqualTo(41);
    }

    @Test
    void aRestartedServerIsReadFromTheStart(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("chaincode-x-gc.log");
        Files.writeString(log, EARLY, StandardCharsets.UTF_8);

        assertThat(GcLog.peaksSince(log, 1_000_000).beforeGc()).isEqualTo(190);
    }

    @Test
    void noLogMeansNoPeaks(@TempDir Path dir) {
        assertThat(GcLog.peaksSince(dir.resolve("missing.log"), 0)).isEqualTo(GcLog.Peaks.NONE);
        assertThat(GcLog.size(dir.resolve("missing.log"))).isZero();
    }
}
