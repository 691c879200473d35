package dev.anchor.it;

import dev.anchor.cli.identity.OrganizationUsers;
import dev.anchor.client.Anchor;
import dev.anchor.client.AnchorClient;
import dev.anchor.client.ConnectionOptions;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.Organization;
import dev.anchor.client.TransactionRefusedException;
import dev.anchor.client.custody.Batch;
import dev.anchor.client.custody.ProductionRecord;
import dev.anchor.model.evidence.Evidence;
import dev.anchor.client.evidence.EvidenceRecord;
import dev.anchor.client.lineage.Consumption;
import dev.anchor.client.lineage.RecallReport;
import dev.anchor.client.lineage.TraceGraph;
import dev.anchor.model.lineage.TraceNode;
import dev.anchor.client.lineage.TransformationRecord;
import dev.anchor.model.vocabulary.EventType;
import dev.anchor.client.provenance.Provenance;
import dev.anchor.client.provenance.ProvenanceEvent;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static dev.anchor.client.Organization.AUDITOR;
import static dev.anchor.client.Organization.DISTRIBUTOR;
import static dev.anchor.client.Organization.MANUFACTURER;
import static dev.anchor.client.Organization.RETAILER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The juice story through the SDK on the real network: two pear batches pressed into juice, the juice bottled into
 * two bottle batches, one packed on a pallet (SSCC) shipped to the distributor, the other handed on to the retailer;
 * one pear batch fails a lab test whose report is attached as evidence and is recalled; the recall reaches every juice
 * and bottle batch, the pallet can no longer be shipped on, and the holders acknowledge.
 */
class JuiceStoryIT {
    @RegisterExtension
    static final TestNetwork network = TestNetwork.open();

    private static final String PEAR_GTIN = "09506000134352";
    private static final String JUICE_GTIN = "09506000134369";

    @TempDir
    Path dir;

    private static AnchorClient as(Organization organization) {
        return network.as(organization);
    }

    /** A reader, once every peer has committed what was written so far. */
    private static AnchorClient reader(Organization organization) {
        network.settle();
        return network.as(organization);
    }

    private static String pears(String purpose) {
        String id = TestNetwork.uniqueBatchId(purpose);
        as(MANUFACTURER).recordProduction(new ProductionRecord(id, PEAR_GTIN, "Conference pears", new BigDecimal("1200"),
                "kg", "Orchard Lane"));
        return id;
    }

    private static Batch transform(String outputId, String name, String quantity, String unit, String... inputs) {
        List<Consumption> consumptions = java.util.Arrays.stream(inputs).map(Consumption::parse).toList();
        return as(MANUFACTURER).transform(new TransformationRecord(consumptions,
                new ProductionRecord(outputId, JUICE_GTIN, name, new BigDecimal(quantity), unit, "Press house"))).batch();
    }

    private static void handOff(String batchId, Organization from, Organization to) {
        as(from).initiateHandoff(batchId, to);
        network.settle(); // the recipient's peer has committed the offer (the submit waited for the sender's peer only)
        as(to).acceptHandoff(batchId);
    }

    /** A refusal with {@code code} that changed none of the batches. */
    private static void refused(ErrorCode code, List<String> batchIds, ThrowingCallable call) {
        Map<String, Provenance> before = batchIds.stream().collect(Collectors.toMap(id -> id, reader(AUDITOR)::getProvenance));
        Map<String, Batch> batchesBefore = batchIds.stream().collect(Collectors.toMap(id -> id, reader(AUDITOR)::getBatch));
        TransactionRefusedException refusal = catchThrowableOfType(TransactionRefusedException.class, call);
        assertThat(refusal).as("expected a refusal with " + code).isNotNull();
        assertThat(refusal.errorCode()).isEqualTo(code);
        assertThat(refusal.transactionId()).isPresent();
        for (String id : batchIds) {
            assertThat(reader(AUDITOR).getProvenance(id)).isEqualTo(before.get(id));
            assertThat(reader(AUDITOR).getBatch(id)).isEqualTo(batchesBefore.get(id));
        }
    }

    @Test
    void transformationConsumesTheInputsAndLinksTheOutput() {
        String pear1 = pears("pear");
        String pear2 = pears("pear");
        String juice = TestNetwork.uniqueBatchId("juice");

        Batch made = transform(juice, "Pear juice", "500", "l", pear1 + ":600", pear2 + ":400.5");

        assertThat(made.custodian()).isEqualTo("ManufacturerMSP");
        assertThat(made.remaining()).isEqualByComparingTo("500");
        assertThat(reader(AUDITOR).getBatch(pear2).remaining()).isEqualByComparingTo("799.5");
        Provenance consumed = reader(AUDITOR).getProvenance(pear1);
        assertThat(consumed.events()).extracting(ProvenanceEvent::type).containsExactly(EventType.PRODUCED, EventType.CONSUMED);
        assertThat(consumed.events().get(1).detail("output")).contains(juice);
        assertThat(consumed.verify(reader(AUDITOR).getBatch(pear1)).intact()).isTrue();
        Provenance produced = reader(AUDITOR).getProvenance(juice);
        assertThat(produced.events().get(0).type()).isEqualTo(EventType.TRANSFORMED);
        assertThat(produced.events().get(0).detail("inputs")).contains(pear1 + ":600," + pear2 + ":400.5");
        assertThat(produced.verify().intact()).isTrue();

        TraceGraph back = reader(RETAILER).traceBack(juice);
        assertThat(back.nodes()).extracting(TraceNode::batchId).containsExactly(juice, pear1, pear2);
        assertThat(back.edges()).hasSize(2);
    }

    @Test
    void transformationRefusalsWriteNothing() {
        String pear1 = pears("pear");
        String pear2 = pears("pear");
        String juice = TestNetwork.uniqueBatchId("juice");
        handOff(pear2, MANUFACTURER, DISTRIBUTOR);

        refused(ErrorCode.OVER_CONSUMPTION, List.of(pear1),
                () -> transform(juice, "Pear juice", "1", "l", pear1 + ":1200.000001"));
        refused(ErrorCode.NOT_CUSTODIAN, List.of(pear1, pear2),
                () -> transform(juice, "Pear juice", "1", "l", pear1 + ":1", pear2 + ":1"));
        refused(ErrorCode.FORBIDDEN_ROLE, List.of(pear2), () -> as(DISTRIBUTOR).transform(new TransformationRecord(
                List.of(Consumption.parse(pear2 + ":1")),
                new ProductionRecord(juice, JUICE_GTIN, "Pear juice", BigDecimal.ONE, "l", "Depot"))));
    }

    @Test
    void theJuiceStory() throws Exception {
        String pear1 = pears("pear");
        String pear2 = pears("pear");
        String juice = TestNetwork.uniqueBatchId("juice");
        String bottlesA = TestNetwork.uniqueBatchId("bottles");
        String bottlesB = TestNetwork.uniqueBatchId("bottles");
        transform(juice, "Pear juice", "700", "l", pear1 + ":600", pear2 + ":400");
        transform(bottlesA, "Pear juice 0.75 l", "400", "bottle", juice + ":300");
        transform(bottlesB, "Pear juice 0.75 l", "500", "bottle", juice + ":375");
        String pallet = TestNetwork.uniqueSscc();
        as(MANUFACTURER).packUnit(pallet, List.of(bottlesA));
        as(MANUFACTURER).initiateUnitHandoff(pallet, DISTRIBUTOR);
        as(DISTRIBUTOR).acceptUnitHandoff(pallet);
        handOff(bottlesB, MANUFACTURER, DISTRIBUTOR);
        handOff(bottlesB, DISTRIBUTOR, RETAILER);

        Path labReport = Files.writeString(dir.resolve("lab-report-4711.txt"),
                "Sample of " + pear2 + ": Listeria monocytogenes detected", StandardCharsets.UTF_8);
        EvidenceRecord evidence = EvidenceRecord.ofFile(pear2, labReport, "text/plain",
                "https://lab.example/reports/4711");
        String attachTx = as(MANUFACTURER).attachEvidence(evidence).transactionId();
        Evidence found = reader(AUDITOR).findEvidence(pear2, EvidenceRecord.sha256Of(labReport)).orElseThrow();
        assertThat(found.attachedBy()).isEqualTo("ManufacturerMSP");
        assertThat(found.txId()).isEqualTo(attachTx);
        assertThat(found.uri()).isEqualTo("https://lab.example/reports/4711");
        assertThat(found.size()).isEqualTo(Files.size(labReport));
        assertThat(reader(AUDITOR).findEvidence(pear2, "0".repeat(64))).isEmpty();

        Batch recalled = as(MANUFACTURER).recall(pear2, "Listeria in lab sample 4711").batch();
        assertThat(recalled.recall()).hasValueSatisfying(r -> assertThat(r.recallOf()).isEqualTo(pear2));

        TraceGraph forward = reader(AUDITOR).traceForward(pear2);
        Map<String, String> holders = forward.nodes().stream().collect(Collectors.toMap(TraceNode::batchId, TraceNode::custodian));
        assertThat(holders).containsOnly(Map.entry(pear2, "ManufacturerMSP"), Map.entry(juice, "ManufacturerMSP"),
                Map.entry(bottlesA, "DistributorMSP"), Map.entry(bottlesB, "RetailerMSP"));
        assertThat(forward.nodes()).allSatisfy(n -> assertThat(n.recall()).isNotNull());
        assertThat(forward.nodes()).filteredOn(n -> n.batchId().equals(bottlesA)).singleElement()
                .satisfies(n -> assertThat(n.packedIn()).as("the unit the bottles travel in").isEqualTo(pallet));
        assertThat(forward.nodes()).filteredOn(n -> !n.batchId().equals(bottlesA))
                .allSatisfy(n -> assertThat(n.packedIn()).isNull());
        assertThat(reader(AUDITOR).getBatch(pear1).recall()).isEmpty();

        RecallReport report = reader(AUDITOR).recallReport(pear2);
        assertThat(report.recall().reason()).isEqualTo("Listeria in lab sample 4711");
        assertThat(report.affected()).extracting(TraceNode::batchId).containsExactlyInAnyOrder(pear2, juice, bottlesA, bottlesB);
        assertThat(report.affected()).noneMatch(n -> n.recall().acknowledgedBy() != null);

        as(DISTRIBUTOR).acknowledgeRecall(bottlesA);
        as(RETAILER).acknowledgeRecall(bottlesB);
        RecallReport after = reader(AUDITOR).recallReport(pear2);
        assertThat(after.affected()).filteredOn(n -> n.recall() != null && n.recall().acknowledgedBy() != null)
                .extracting(TraceNode::batchId).containsExactlyInAnyOrder(bottlesA, bottlesB);

        refused(ErrorCode.RECALLED, List.of(bottlesB), () -> as(RETAILER).initiateHandoff(bottlesB, DISTRIBUTOR));
        assertThat(reader(AUDITOR).getBatch(bottlesA).packedIn()).contains(pallet);
        refused(ErrorCode.RECALLED, List.of(bottlesA), () -> as(DISTRIBUTOR).initiateUnitHandoff(pallet, RETAILER));
        refused(ErrorCode.RECALLED, List.of(juice), () -> transform(TestNetwork.uniqueBatchId("cider"), "Blend", "1", "l",
                juice + ":1"));
        refused(ErrorCode.ALREADY_ACKNOWLEDGED, List.of(bottlesA), () -> as(DISTRIBUTOR).acknowledgeRecall(bottlesA));

        Provenance bottleHistory = reader(AUDITOR).getProvenance(bottlesB);
        assertThat(bottleHistory.events()).extracting(ProvenanceEvent::type).endsWith(EventType.RECALLED,
                EventType.RECALL_ACKNOWLEDGED);
        assertThat(bottleHistory.verify(reader(AUDITOR).getBatch(bottlesB)).intact()).isTrue();
        assertThat(reader(AUDITOR).getProvenance(pear2).events()).extracting(ProvenanceEvent::type)
                .containsExactly(EventType.PRODUCED, EventType.CONSUMED, EventType.EVIDENCE_ATTACHED, EventType.RECALLED);
    }

    @Test
    void recallAndEvidenceRefusalsWriteNothing() {
        String pear = pears("pear");
        refused(ErrorCode.NOT_PRODUCER, List.of(pear), () -> as(DISTRIBUTOR).recall(pear, "Not mine"));
        refused(ErrorCode.INVALID_INPUT, List.of(pear), () -> as(MANUFACTURER).attachEvidence(
                new EvidenceRecord(pear, "NOT-A-HASH", "application/pdf", 1, java.util.Optional.empty())));
        refused(ErrorCode.NOT_RECALLED, List.of(pear), () -> as(MANUFACTURER).acknowledgeRecall(pear));
        // The auditor's default user only reads; its organisation recalls through a user with role quality.
        refused(ErrorCode.FORBIDDEN_ROLE, List.of(pear), () -> reader(AUDITOR).recall(pear, "Auditor's finding"));
        String inspector = "inspector-" + Long.toString(System.nanoTime(), 36);
        CliRunner.ok(network, "--org", "auditor", "user", "register", inspector, "--role", "quality");
        CliRunner.ok(network, "--org", "auditor", "user", "enroll", inspector);
        ConnectionOptions asInspector = OrganizationUsers.of(network.descriptor().connectionOptions(AUDITOR))
                .connectionOptions(inspector);
        try (AnchorClient auditorsInspector = Anchor.connect(asInspector)) {
            assertThat(auditorsInspector.recall(pear, "Auditor's finding").batch().recall().orElseThrow().recalledBy())
                    .isEqualTo("AuditorMSP");
        }
    }

    @Test
    void aChainFiftyTransformationsDeepIsTracedBothWays() {
        String first = pears("deep");
        String previous = first;
        for (int depth = 1; depth <= 50; depth++) {
            String next = TestNetwork.uniqueBatchId("deep" + depth);
            transform(next, "Pear purée stage " + depth, "1000", "kg", previous + ":1");
            previous = next;
        }

        TraceGraph back = reader(AUDITOR).traceBack(previous);
        TraceGraph forward = reader(AUDITOR).traceForward(first);

        assertThat(back.nodes()).hasSize(51);
        assertThat(back.nodes().get(50).batchId()).isEqualTo(first);
        assertThat(back.nodes().get(50).depth()).isEqualTo(50);
        assertThat(forward.nodes()).hasSize(51);
        assertThat(forward.edges()).hasSize(50);
    }
}
