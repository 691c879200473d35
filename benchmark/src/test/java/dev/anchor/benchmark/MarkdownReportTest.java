package dev.anchor.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {

    @Test
    void hasTheRatioToFloorLineForRecordProduction() {
        String md = MarkdownReport.toMarkdown(SampleReport.standard());

        assertThat(md.lines()).contains("ratio to floor: 0.90");
        assertThat(md.lines()).contains("handoff transactions, ratio to floor: 0.50");
    }

    @Test
    void hasOneTableRowPerRound() {
        String md = MarkdownReport.toMarkdown(SampleReport.standard());

        assertThat(md.lines()).contains(
                "| floor | tx | 32 | 6000 | 6000 | 0 | 60.0 | 60.0 | 450.3 | 700.0 | 900.0 | 1200.0 |",
                "| production | tx | 32 | 5410 | 5400 | 10 | 54.0 | 54.0 | 450.3 | 700.0 | 900.0 | 1200.0 |",
                "| handoff | pair | 32 | 1500 | 1500 | 0 | 15.0 | 30.0 | 450.3 | 700.0 | 900.0 | 1200.0 |");
    }

    @Test
    void namesTheSetUpFailuresCpuAndMemory() {
        String md = MarkdownReport.toMarkdown(SampleReport.standard());

        assertThat(md).contains("Label: chaincode pool 16")
                .contains("Fabric v2.5.0, 4 organisations (ManufacturerMSP, DistributorMSP, RetailerMSP, AuditorMSP), "
                        + "3 ordering nodes, BatchTimeout 250ms, MaxMessageCount 500")
                .contains("benchmark floor enabled, 5 shim threads, JVM -Xmx256m")
                .contains("closed loop, 32 workers (provenance and trace: 4 readers; bulk: 100 then 250 then 500 batches per "
                        + "transaction, 8 in flight; EPCIS capture: 1 then 4 capturers, 100 events per "
                        + "transaction; EPCIS documents: 1000 events, 2 at once; EPCIS query: 1000 queries over 1000000 "
                        + "events, H2), system warm-up 90 s, warm-up 20 s per round, 60 s per round")
                .contains("Failures by code: production: COMMIT_FAILED/MVCC_READ_CONFLICT=10")
                .contains("| production | 1.98 | 0.10 | 1.10 | 0.40 | 0.35 | 0.03 |")
                .contains("| production | chaincode-manufacturer | 350.5 | 380.2 | 90.1 | 230.0 | 180.4 | 61.2 |")
                .contains("- handoff: handoff note");
    }

    @Test
    void withoutAFloorThereIsNoRatioLine() {
        String md = MarkdownReport.toMarkdown(SampleReport.of(
                SampleReport.round(RoundKind.PRODUCTION, 10, 10, Map.of(), 1)));

        assertThat(md).doesNotContain("ratio to floor").contains("Failures by code: none");
    }

    @Test
    void eachEpcisRoundHasItsEventsPerSecondLine() {
        String md = MarkdownReport.toMarkdown(SampleReport.of(
                SampleReport.round(RoundKind.EPCIS, 1, 30, 30, Map.of(), 60, 100),
                SampleReport.round(RoundKind.EPCIS, 4, 90, 90, Map.of(), 60, 100)));

        assertThat(md.lines()).contains(
                "| epcis | tx | 1 | 30 | 30 | 0 | 0.5 | 0.5 | 450.3 | 700.0 | 900.0 | 1200.0 |",
                "| epcis | tx | 4 | 90 | 90 | 0 | 1.5 | 1.5 | 450.3 | 700.0 | 900.0 | 1200.0 |",
                "EPCIS capture with 1 concurrent capturers: 50.0 events/s (100 events per transaction)",
                "EPCIS capture with 4 concurrent capturers: 150.0 events/s (100 events per transaction)");
    }

    @Test
    void eachBulkRoundHasItsBatchesPerSecondAndTheFastestTheBulkImportLine() {
        String md = MarkdownReport.toMarkdown(SampleReport.of(SampleReport.bulk(100, 600, 60),
                SampleReport.bulk(250, 480, 60), SampleReport.bulk(500, 200, 60)));

        assertThat(md.lines()).contains(
                "bulk import: 2000 batches/s (250 batches per transaction, 8 in flight)",
                "bulk, 100 batches per transaction, 8 in flight: 1000.0 batches/s; per transaction p50 450.3 ms, "
                        + "p95 700.0 ms, p99 900.0 ms",
                "bulk, 500 batches per transaction, 8 in flight: 1666.7 batches/s; per transaction p50 450.3 ms, "
                        + "p95 700.0 ms, p99 900.0 ms");
    }

    @Test
    void theBulkFloorRoundsHaveTheirKeysPerSecondAndTheFastestBulkRoundItsRatioToTheFloorOfItsSize() {
        String md = MarkdownReport.toMarkdown(SampleReport.of(
                SampleReport.bulk(RoundKind.BULK_FLOOR, 100, 1200, 60), SampleReport.bulk(RoundKind.BULK_FLOOR, 250, 960, 60),
                SampleReport.bulk(100, 300, 60), SampleReport.bulk(250, 240, 60)));

        assertThat(md.lines()).contains(
                "bulk import: 1000 batches/s (250 batches per transaction, 8 in flight)",
                "bulk ratio to floor: 0.25 (250 per transaction: 1000 batches/s over the bulk floor's 4000 keys/s)",
                "bulk floor, 100 keys per transaction, 8 in flight: 2000.0 keys/s; per transaction p50 450.3 ms, "
                        + "p95 700.0 ms, p99 900.0 ms");
    }

    @Test
    void noBulkRatioWithoutABulkFloorRoundOfTheFastestBulkRoundsSize() {
        String md = MarkdownReport.toMarkdown(SampleReport.of(
                SampleReport.bulk(RoundKind.BULK_FLOOR, 100, 1200, 60), SampleReport.bulk(250, 240, 60)));

        assertThat(md).contains("bulk import: 1000 batches/s").doesNotContain("bulk ratio to floor");
    }
}
