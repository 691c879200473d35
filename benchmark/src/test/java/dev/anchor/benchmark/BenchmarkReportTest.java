package dev.anchor.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchmarkReportTest {

    @Test
    void productionIsComparedToTheFloorByCommittedTransactionsPerSecond() {
        BenchmarkReport report = SampleReport.standard();

        assertThat(report.ratioToFloor(RoundKind.PRODUCTION)).hasValueCloseTo(0.9, within(1e-9));
        assertThat(report.ratioToFloor(RoundKind.FLOOR)).hasValueCloseTo(1.0, within(1e-9));
    }

    @Test
    void aHandoffPairIsTwoTransactions() {
        BenchmarkReport report = SampleReport.standard();

        assertThat(report.round(RoundKind.HANDOFF).orElseThrow().transactionsPerSecond()).isEqualTo(30.0);
        assertThat(report.ratioToFloor(RoundKind.HANDOFF)).hasValueCloseTo(0.5, within(1e-9));
    }

    @Test
    void noRatioWithoutAFloorOrForReads() {
        BenchmarkReport withoutFloor = SampleReport.of(SampleReport.round(RoundKind.PRODUCTION, 10, 10, Map.of(), 1));
        BenchmarkReport withReads = SampleReport.of(SampleReport.round(RoundKind.FLOOR, 10, 10, Map.of(), 1),
                SampleReport.round(RoundKind.PROVENANCE, 10, 10, Map.of(), 1));

        assertThat(withoutFloor.ratioToFloor(RoundKind.PRODUCTION)).isEmpty();
        assertThat(withReads.ratioToFloor(RoundKind.PROVENANCE)).isEmpty();
        assertThat(withReads.ratioToFloor(RoundKind.HANDOFF)).isEmpty();
    }

    @Test
    void aFloorThatCommittedNothingGivesNoRatio() {
        BenchmarkReport report = SampleReport.of(SampleReport.round(RoundKind.FLOOR, 10, 0, Map.of("UNAVAILABLE", 10L), 1),
                SampleReport.round(RoundKind.PRODUCTION, 10, 10, Map.of(), 1));

        assertThat(report.ratioToFloor(RoundKind.PRODUCTION)).isEmpty();
    }
}
