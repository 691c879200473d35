package dev.anchor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.anchor.client.AnchorClient;
import dev.anchor.client.Organization;
import dev.anchor.client.custody.ProductionRecord;
import dev.anchor.client.evidence.EvidenceRecord;
import dev.anchor.client.lineage.Consumption;
import dev.anchor.client.lineage.TransformationRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/** batch transform, trace --back/--forward, recall, recall report/ack, evidence add/verify against the in-memory network. */
class SupplyGraphCommandsTest {
    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();
    private final FakeNetwork net = new FakeNetwork();
    private final CliRun cli = new CliRun();

    SupplyGraphCommandsTest() {
        cli.clients = net::client;
        AnchorClient m = net.client(Organization.MANUFACTURER);
        for (String id : List.of("PEAR-1", "PEAR-2")) {
            m.recordProduction(new ProductionRecord(id, "09506000134352", "Conference pears", new BigDecimal("1200"), "kg",
                    "Orchard Lane"));
        }
    }

    private void pressJuiceAndBottle() {
        AnchorClient m = net.client(Organization.MANUFACTURER);
        m.transform(new TransformationRecord(List.of(Consumption.parse("PEAR-1:600"), Consumption.parse("PEAR-2:400")),
                new ProductionRecord("JUICE-1", "09506000134369", "Pear juice", new BigDecimal("500"), "l", "Press")));
        m.transform(new TransformationRecord(List.of(Consumption.parse("JUICE-1:300")),
                new ProductionRecord("BOTTLES-1", "09506000134369", "Pear juice 0.75 l", new BigDecimal("400"), "bottle",
                        "Bottling line")));
        m.initiateHandoff("BOTTLES-1", Organization.DISTRIBUTOR);
        net.client(Organization.DISTRIBUTOR).acceptHandoff("BOTTLES-1");
    }

    @Test
    void batchTransformConsumesTheInputsAndPrintsTheNewBatch() {
        CliRun.Result r = cli.run("batch", "transform", "--inputs", "PEAR-1:600,PEAR-2:400.5", "--id", "JUICE-1",
                "--product", "09506000134369", "--name", "Pear juice", "--quantity", "500", "--unit", "l", "--site", "Press");

        assertThat(r.err()).isEmpty();
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("Made batch JUICE-1: 500 l of Pear juice (GTIN 09506000134369) at Press from "
                + "PEAR-1 (600), PEAR-2 (400.5), held by manufacturer (ManufacturerMSP)\ntransaction: ");
        assertThat(net.client(Organization.AUDITOR).getBatch("PEAR-2").remaining()).isEqualByComparingTo("799.5");
    }

    @Test
    void malformedInputsAreAUsageError() {
        AnchorClient client = mock(AnchorClient.class);

        CliRun.Result r = cli.client(client).run("batch", "transform", "--inputs", "PEAR-1", "--id", "J", "--product",
                "09506000134369", "--name", "n", "--quantity", "1", "--unit", "l", "--site", "s");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("expected ID:QTY");
        verify(client, never()).transform(any());
    }

    @Test
    void traceForwardListsEveryDescendantAndItsHolder() {
        pressJuiceAndBottle();

        CliRun.Result r = cli.run("--org", "auditor", "trace", "PEAR-1", "--forward");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("Trace forward from batch PEAR-1: 2 descendants, 2 links\n");
        assertThat(r.out()).containsPattern("  0 +PEAR-1 +Conference pears +600 of 1200 kg +manufacturer +-")
                .containsPattern("  2 +BOTTLES-1 +Pear juice 0.75 l +400 of 400 bottle +distributor +-")
                .contains("  PEAR-1 -> JUICE-1: 600 kg", "  JUICE-1 -> BOTTLES-1: 300 l");
    }

    @Test
    void traceBackJsonIsTheGraph() throws Exception {
        pressJuiceAndBottle();

        CliRun.Result r = cli.run("trace", "BOTTLES-1", "--back", "--json");

        JsonNode graph = json.readTree(r.out());
        assertThat(graph.get("direction").asText()).isEqualTo("back");
        assertThat(graph.get("nodes")).hasSize(4);
        assertThat(graph.get("edges")).hasSize(3);
    }

    @Test
    void backAndForwardExcludeEachOther() {
        CliRun.Result r = cli.run("trace", "PEAR-1", "--back", "--forward");

        assertThat(r.exitCode()).isEqualTo(2);
    }

    @Test
    void recallThenReportThenAcknowledge() throws Exception {
        pressJuiceAndBottle();

        CliRun.Result recalled = cli.run("recall", "PEAR-2", "--reason", "Listeria in lab sample");
        assertThat(recalled.out()).startsWith("Recalled batch PEAR-2 and 2 batches made from it: Listeria in lab sample\n");

        CliRun.Result report = cli.run("--org", "auditor", "recall", "report", "PEAR-2");
        assertThat(report.err()).isEmpty();
        assertThat(report.out()).startsWith("Recall of batch PEAR-2 by manufacturer at ")
                .containsPattern("  2 +BOTTLES-1 +Pear juice 0.75 l +distributor +no")
                .endsWith("3 batches affected, 0 acknowledged, 3 waiting\n");

        CliRun.Result ack = cli.run("--org", "distributor", "recall", "ack", "BOTTLES-1");
        assertThat(ack.out()).startsWith("Acknowledged the recall of batch BOTTLES-1 as distributor (DistributorMSP)\n");

        JsonNode after = json.readTree(cli.run("recall", "report", "PEAR-2", "--json").out());
        assertThat(after.get("recall").get("recallOf").asText()).isEqualTo("PEAR-2");
        assertThat(after.get("affected").get(2).get("recall").get("acknowledgedBy").asText()).isEqualTo("DistributorMSP");

        CliRun.Result refused = cli.run("--org", "distributor", "handoff", "BOTTLES-1", "--to", "retailer");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).startsWith("error: RECALLED: ");
    }

    @Test
    void aRecallNeedsAnIdAndAReason() {
        assertThat(cli.run("recall", "PEAR-1").exitCode()).isEqualTo(2);
        assertThat(cli.run("recall", "--reason", "why").exitCode()).isEqualTo(2);
    }

    @Test
    void evidenceIsAddedByItsHashAndVerifiedByTheSameFileOnly() throws Exception {
        Path report = Files.writeString(dir.resolve("lab-report.txt"), "test", StandardCharsets.UTF_8);
        Path other = Files.writeString(dir.resolve("other.txt"), "tesT", StandardCharsets.UTF_8);

        CliRun.Result added = cli.run("evidence", "add", "PEAR-2", report.toString(), "--type", "text/plain",
                "--uri", "https://lab.example/r/1");
        assertThat(added.out()).startsWith("Attached lab-report.txt (4 bytes, text/plain, SHA-256 "
                + "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08) to batch PEAR-2\n");

        CliRun.Result verified = cli.run("--org", "retailer", "evidence", "verify", "PEAR-2", report.toString());
        assertThat(verified.exitCode()).isZero();
        assertThat(verified.out()).startsWith("Attached: lab-report.txt (SHA-256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b"
                + "822cd15d6c15b0f00a08) was attached to batch PEAR-2 by manufacturer (ManufacturerMSP) at ");

        CliRun.Result notAttached = cli.run("evidence", "verify", "PEAR-2", other.toString());
        assertThat(notAttached.exitCode()).isEqualTo(1);
        assertThat(notAttached.out()).startsWith("Not attached: ");
        JsonNode check = json.readTree(cli.run("evidence", "verify", "PEAR-2", report.toString(), "--json").out());
        assertThat(check.get("attached").asBoolean()).isTrue();
        assertThat(check.get("evidence").get("attachedBy").asText()).isEqualTo("ManufacturerMSP");
    }

    @Test
    void aMissingFileIsReportedWithoutConnecting() {
        AnchorClient client = mock(AnchorClient.class);

        CliRun.Result r = cli.client(client).run("evidence", "add", "PEAR-2", dir.resolve("nope.pdf").toString(),
                "--type", "application/pdf");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("error: FILE_NOT_FOUND: no file " + dir.resolve("nope.pdf") + "\n");
        verify(client, never()).attachEvidence(any(EvidenceRecord.class));
    }
}
