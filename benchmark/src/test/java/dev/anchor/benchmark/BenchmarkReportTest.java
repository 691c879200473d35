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
    void theCpuRatioComparesWhatATransactionCostLeavingOtherWorkOut() {
        RoundResult floor = withCpu(SampleReport.round(RoundKind.FLOOR, 6000, 6000, Map.of(), 100.0), 0.6, 1.2);
        RoundResult production = withCpu(SampleReport.round(RoundKind.PRODUCTION, 3000, 3000, Map.of(), 100.0), 0.9, 0.2);
        BenchmarkReport report = SampleReport.of(floor, production);

        // floor: 0.6 cores for 60 tx/s, 10 ms each; production: 0.9 cores for 30 tx/s, 30 ms each
        assertThat(report.cpuRatioToFloor(RoundKind.PRODUCTION)).hasValueCloseTo(1.0 / 3, within(1e-9));
        assertThat(report.ratioToFloor(RoundKind.PRODUCTION)).hasValueCloseTo(0.5, within(1e-9));
        assertThat(report.cpuRatioToFloor(RoundKind.PROVENANCE)).isEmpty();
    }

    /** The round with {@code network} cores of the orderer, peers, chaincode and client, and {@code other} beside. */
    private static RoundResult withCpu(RoundResult round, double network, double other) {
        CpuSplit cpu = new CpuSplit(100, 2, network + other, Map.of("orderer", network / 4, "peers", network / 4,
                "chaincode", network / 4, CpuSampler.CLIENT, network / 4, "other", other));
        return new RoundResult(round.kind(), round.measurement(), round.notes(), java.util.Optional.of(cpu),
                round.memory(), round.eventsPerOperation());
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
