package dev.anchor.chaincode.contract;

import static dev.anchor.chaincode.contract.SimulatedPeer.AUDITOR;
import static dev.anchor.chaincode.contract.SimulatedPeer.DISTRIBUTOR;
import static dev.anchor.chaincode.contract.SimulatedPeer.MANUFACTURER;
import static dev.anchor.chaincode.contract.SimulatedPeer.RETAILER;
import static dev.anchor.chaincode.contract.SimulatedPeer.eventKey;
import static dev.anchor.chaincode.contract.SimulatedPeer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RecallTest {

    private final SimulatedPeer peer = new SimulatedPeer();

    @BeforeEach
    void juiceStory() {
        peer.produce("PEAR-1");
        peer.produce("PEAR-2");
        peer.transform("JUICE-1", "PEAR-1:600", "PEAR-2:400");
        peer.transform("BOTTLES-1", "JUICE-1:200");
        peer.initiate(MANUFACTURER, "BOTTLES-1", DISTRIBUTOR);
        peer.accept(DISTRIBUTOR, "BOTTLES-1");
    }

    @Test
    void theRecallReachesEveryDescendantButNoAncestor() {
        JsonNode recalled = peer.recall(MANUFACTURER, "PEAR-2", "Listeria found");

        assertThat(recalled.get("recall").get("recallOf").asText()).isEqualTo("PEAR-2");
        assertThat(recalled.get("recall").get("reason").asText()).isEqualTo("Listeria found");
        assertThat(recalled.get("recall").get("recalledBy").asText()).isEqualTo(MANUFACTURER);
        for (String id : List.of("PEAR-2", "JUICE-1", "BOTTLES-1")) {
            JsonNode batch = peer.batch(id);
            assertThat(batch.get("recall").get("recallOf").asText()).as(id).isEqualTo("PEAR-2");
            JsonNode event = json(peer.stateText(eventKey(id, batch.get("eventCount").asInt())));
            assertThat(event.get("type").asText()).isEqualTo("RECALLED");
            assertThat(event.get("details").toString()).isEqualTo("{\"reason\":\"Listeria found\",\"recallOf\":\"PEAR-2\"}");
            assertThat(event.get("hash").asText()).isEqualTo(batch.get("lastEventHash").asText());
        }
        assertThat(peer.batch("PEAR-1").has("recall")).isFalse();
    }

    @Test
    void theTransactionAnnouncesTheRecalledBatchsEvent() {
        int before = peer.emitted.size();

        peer.recall(MANUFACTURER, "PEAR-2", "Listeria found");

        assertThat(peer.emitted).hasSize(before + 1);
        assertThat(peer.emitted.get(before).name()).isEqualTo("RECALLED");
        assertThat(json(new String(peer.emitted.get(before).payload(), StandardCharsets.UTF_8)).get("batchId").asText())
                .isEqualTo("PEAR-2");
    }

    @Test
    void theAuditorMayRecallAnyBatch() {
        assertThat(peer.recall(AUDITOR, "JUICE-1", "Lab test failed").get("recall").get("recalledBy").asText())
                .isEqualTo(AUDITOR);
        assertThat(peer.batch("BOTTLES-1").get("recall").get("recallOf").asText()).isEqualTo("JUICE-1");
    }

    @Test
    void onlyTheProducerOrTheAuditorRecalls() {
        peer.as(DISTRIBUTOR);

        String message = peer.refused("NOT_PRODUCER", () -> peer.contract.RecallBatch(peer.ctx, "BOTTLES-1", "Smells"));

        assertThat(message).isEqualTo("NOT_PRODUCER: batch BOTTLES-1 was produced by ManufacturerMSP; only its producer"
                + " or AuditorMSP may recall it, not DistributorMSP");
        peer.as("OtherMSP");
        peer.refused("FORBIDDEN_ROLE", () -> peer.contract.RecallBatch(peer.ctx, "BOTTLES-1", "Smells"));
    }

    @Test
    void aRecallNeedsAReasonAndABatch() {
        peer.as(MANUFACTURER);
        peer.refused("INVALID_INPUT", () -> peer.contract.RecallBatch(peer.ctx, "PEAR-1", " "));
        peer.refused("INVALID_INPUT", () -> peer.contract.RecallBatch(peer.ctx, "PEAR 1", "Mould"));
        peer.refused("BATCH_NOT_FOUND", () -> peer.contract.RecallBatch(peer.ctx, "PEAR-9", "Mould"));
    }

    @Test
    void aBatchIsRecalledOnce() {
        peer.recall(MANUFACTURER, "JUICE-1", "Cloudy");
        peer.as(MANUFACTURER);

        peer.refused("RECALLED", () -> peer.contract.RecallBatch(peer.ctx, "JUICE-1", "Cloudy again"));
        peer.refused("RECALLED", () -> peer.contract.RecallBatch(peer.ctx, "BOTTLES-1", "Cloudy again"));
    }

    @Test
    void aLaterRecallOfAnAncestorLeavesTheEarlierRecallOfADescendant() {
        peer.recall(MANUFACTURER, "JUICE-1", "Cloudy");
        int bottleEvents = peer.batch("BOTTLES-1").get("eventCount").asInt();

        peer.recall(MANUFACTURER, "PEAR-2", "Listeria found");

        assertThat(peer.batch("BOTTLES-1").get("recall").get("recallOf").asText()).isEqualTo("JUICE-1");
        assertThat(peer.batch("BOTTLES-1").get("eventCount").asInt()).isEqualTo(bottleEvents);
        assertThat(peer.batch("PEAR-2").get("recall").get("recallOf").asText()).isEqualTo("PEAR-2");
    }

    @Test
    void aRecalledBatchOrDescendantIsNotHandedOff() {
        peer.recall(MANUFACTURER, "PEAR-2", "Listeria found");
        peer.as(DISTRIBUTOR);

        String message = peer.refused("RECALLED", () -> peer.contract.InitiateHandoff(peer.ctx, "BOTTLES-1", RETAILER));

        assertThat(message).isEqualTo(
                "RECALLED: batch BOTTLES-1 is recalled (made from recalled batch PEAR-2): \"Listeria found\"");
        peer.as(MANUFACTURER);
        peer.refused("RECALLED", () -> peer.contract.InitiateHandoff(peer.ctx, "PEAR-2", RETAILER));
    }

    @Test
    void aRecalledBatchOrDescendantIsNotTransformed() {
        peer.recall(MANUFACTURER, "PEAR-2", "Listeria found");
        peer.as(MANUFACTURER);

        peer.refused("RECALLED", () -> peer.contract.TransformBatches(peer.ctx, SimulatedPeer.inputs("JUICE-1:1"),
                "JUICE-2", "09506000134369", "Pear juice", "1", "l", "Press house"));
    }

    @Test
    void theCustodianAcknowledgesTheRecallOnce() {
        peer.recall(MANUFACTURER, "PEAR-2", "Listeria found");

        JsonNode acknowledged = json(peer.as(DISTRIBUTOR).contract.AcknowledgeRecall(peer.ctx, "BOTTLES-1"));

        assertThat(acknowledged.get("recall").get("acknowledgedBy").asText()).isEqualTo(DISTRIBUTOR);
        assertThat(acknowledged.get("recall").get("acknowledgedAt").asText()).isEqualTo(peer.txTime().toString());
        JsonNode event = json(peer.stateText(eventKey("BOTTLES-1", acknowledged.get("eventCount").asInt())));
        assertThat(event.get("type").asText()).isEqualTo("RECALL_ACKNOWLEDGED");
        assertThat(event.get("details").toString()).isEqualTo("{\"recallOf\":\"PEAR-2\"}");

        peer.as(DISTRIBUTOR);
        peer.refused("ALREADY_ACKNOWLEDGED", () -> peer.contract.AcknowledgeRecall(peer.ctx, "BOTTLES-1"));
    }

    @Test
    void onlyTheCustodianOfARecalledBatchAcknowledges() {
        peer.as(DISTRIBUTOR);
        peer.refused("NOT_RECALLED", () -> peer.contract.AcknowledgeRecall(peer.ctx, "BOTTLES-1"));
        peer.recall(MANUFACTURER, "PEAR-2", "Listeria found");
        peer.as(MANUFACTURER);
        peer.refused("NOT_CUSTODIAN", () -> peer.contract.AcknowledgeRecall(peer.ctx, "BOTTLES-1"));
        peer.as(AUDITOR);
        peer.refused("FORBIDDEN_ROLE", () -> peer.contract.AcknowledgeRecall(peer.ctx, "BOTTLES-1"));
    }

    @Test
    void theReportListsEveryAffectedBatchItsCustodianAndAcknowledgement() {
        peer.recall(MANUFACTURER, "PEAR-2", "Listeria found");
        peer.as(DISTRIBUTOR).contract.AcknowledgeRecall(peer.ctx, "BOTTLES-1");
        peer.as(AUDITOR);

        JsonNode report = json(peer.contract.GetRecallReport(peer.ctx, "PEAR-2"));

        assertThat(report.get("recall").get("recallOf").asText()).isEqualTo("PEAR-2");
        assertThat(report.get("recall").get("reason").asText()).isEqualTo("Listeria found");
        List<String> rows = new ArrayList<>();
        report.get("affected").forEach(node -> rows.add(node.get("batchId").asText() + " " + node.get("custodian").asText()
                + " " + node.get("recall").has("acknowledgedBy")));
        assertThat(rows).containsExactly("PEAR-2 ManufacturerMSP false", "JUICE-1 ManufacturerMSP false",
                "BOTTLES-1 DistributorMSP true");
        assertThat(report.get("edges")).hasSize(2);
    }

    @Test
    void thereIsNoReportOfABatchNotRecalled() {
        peer.as(AUDITOR);
        peer.refused("NOT_RECALLED", () -> peer.contract.GetRecallReport(peer.ctx, "PEAR-1"));
        peer.refused("BATCH_NOT_FOUND", () -> peer.contract.GetRecallReport(peer.ctx, "PEAR-9"));
    }

    @Test
    void theRecipientOfAPendingHandoffMayStillAnswerIt() {
        peer.initiate(DISTRIBUTOR, "BOTTLES-1", RETAILER);
        peer.recall(MANUFACTURER, "PEAR-2", "Listeria found");

        JsonNode rejected = peer.reject(RETAILER, "BOTTLES-1", "Recalled");

        assertThat(rejected.get("custodian").asText()).isEqualTo(DISTRIBUTOR);
        assertThat(rejected.get("recall").get("recallOf").asText()).isEqualTo("PEAR-2");
    }
}
