package dev.anchor.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.TransactionRefusedException;
import dev.anchor.client.custody.ProductionRecord;
import dev.anchor.client.epcis.EpcisEventHash;
import dev.anchor.client.epcis.EpcisSchema;
import dev.anchor.client.evidence.EvidenceRecord;
import dev.anchor.client.lineage.Consumption;
import dev.anchor.client.lineage.TransformationRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.anchor.client.Organization.AUDITOR;
import static dev.anchor.client.Organization.DISTRIBUTOR;
import static dev.anchor.client.Organization.MANUFACTURER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * exportEpcis on the real network: a batch that went through every kind of Anchor event comes out as an
 * EPCISDocument that validates against the official EPCIS 2.0 schema, one EPCIS event per provenance event, each
 * with its CBV 2.0 event hash.
 */
class EpcisExportIT {
    @RegisterExtension
    static final TestNetwork network = TestNetwork.open();

    private static ProductionRecord pears(String id) {
        return new ProductionRecord(id, "09506000134352", "Conference pears", new BigDecimal("1200"), "kg", "Orchard Lane");
    }

    @Test
    void aBatchsWholeProvenanceIsAValidEpcisDocument() {
        String pear = TestNetwork.uniqueBatchId("EXPORT");
        String juice = TestNetwork.uniqueBatchId("EXPORT-JUICE");
        String sscc = TestNetwork.uniqueSscc();
        network.as(MANUFACTURER).recordProduction(pears(pear));
        network.as(MANUFACTURER).attachEvidence(new EvidenceRecord(pear, "cd".repeat(32), "application/pdf", 4711,
                Optional.of("https://lab.example/4711.pdf")));
        network.as(MANUFACTURER).transform(new TransformationRecord(List.of(new Consumption(pear, new BigDecimal("600"))),
                new ProductionRecord(juice, "09506000134369", "Pear juice", new BigDecimal("450"), "l", "Press house")));
        network.as(MANUFACTURER).initiateHandoff(pear, DISTRIBUTOR);
        network.settle();
        network.as(DISTRIBUTOR).rejectHandoff(pear, "late");
        network.as(MANUFACTURER).packUnit(sscc, List.of(pear));
        network.as(MANUFACTURER).initiateUnitHandoff(sscc, DISTRIBUTOR);
        network.settle();
        network.as(DISTRIBUTOR).acceptUnitHandoff(sscc);
        network.as(DISTRIBUTOR).unpackUnit(sscc);
        network.as(MANUFACTURER).recall(pear, "Listeria in lab sample 4711");
        network.settle();

        ObjectNode document = network.as(AUDITOR).exportEpcis(pear);

        assertThat(EpcisSchema.validate(document)).isEmpty();
        List<JsonNode> events = new ArrayList<>();
        document.at("/epcisBody/eventList").forEach(events::add);
        assertThat(events).extracting(e -> e.get("anchor:eventType").asText()).containsExactly("PRODUCED",
                "EVIDENCE_ATTACHED", "CONSUMED", "HANDOFF_INITIATED", "HANDOFF_REJECTED", "PACKED", "HANDOFF_INITIATED",
                "HANDOFF_ACCEPTED", "UNPACKED", "RECALLED");
        assertThat(events).extracting(e -> e.path("bizStep").asText("-")).containsExactly("commissioning", "-",
                "commissioning", "shipping", "void_shipping", "packing", "shipping", "receiving", "unpacking", "holding");
        List<String> ids = new ArrayList<>();
        events.forEach(e -> ids.add(e.get("eventID").asText()));
        assertThat(ids).containsExactlyElementsOf(EpcisEventHash.ofDocument(document)).doesNotHaveDuplicates();

        ObjectNode juiceDocument = network.as(DISTRIBUTOR).exportEpcis(juice);
        assertThat(EpcisSchema.validate(juiceDocument)).isEmpty();
        JsonNode made = juiceDocument.at("/epcisBody/eventList/0");
        assertThat(made.get("type").asText()).isEqualTo("TransformationEvent");
        assertThat(made.at("/inputQuantityList/0/epcClass").asText())
                .isEqualTo("https://id.gs1.org/01/09506000134352/10/" + pear);
        assertThat(made.get("transformationID")).isEqualTo(events.get(2).get("transformationID"));
    }

    @Test
    void anUnknownBatchIsRefused() {
        TransactionRefusedException e = catchThrowableOfType(TransactionRefusedException.class,
                () -> network.as(AUDITOR).exportEpcis(TestNetwork.uniqueBatchId("NONE")));
        assertThat(e.errorCode()).isEqualTo(ErrorCode.BATCH_NOT_FOUND);
    }
}
