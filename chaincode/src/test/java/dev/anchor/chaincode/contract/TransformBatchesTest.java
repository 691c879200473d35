package dev.anchor.chaincode.contract;

import static dev.anchor.chaincode.contract.SimulatedPeer.AUDITOR;
import static dev.anchor.chaincode.contract.SimulatedPeer.DISTRIBUTOR;
import static dev.anchor.chaincode.contract.SimulatedPeer.MANUFACTURER;
import static dev.anchor.chaincode.contract.SimulatedPeer.batchKey;
import static dev.anchor.chaincode.contract.SimulatedPeer.eventKey;
import static dev.anchor.chaincode.contract.SimulatedPeer.inputKey;
import static dev.anchor.chaincode.contract.SimulatedPeer.inputs;
import static dev.anchor.chaincode.contract.SimulatedPeer.json;
import static dev.anchor.chaincode.contract.SimulatedPeer.outputKey;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TransformBatchesTest {

    private final SimulatedPeer peer = new SimulatedPeer();

    @BeforeEach
    void twoPearBatches() {
        peer.produce("PEAR-1");
        peer.produce("PEAR-2");
    }

    private String transform(String inputs, String outputId) {
        return peer.contract.TransformBatches(peer.ctx, inputs, outputId, "09506000134369", "Pear juice", "500", "l",
                "Press house");
    }

    @Test
    void theOutputIsANewBatchHeldByTheManufacturer() {
        JsonNode juice = peer.transform("JUICE-1", "PEAR-1:600", "PEAR-2:400");

        assertThat(juice.get("batchId").asText()).isEqualTo("JUICE-1");
        assertThat(juice.get("custodian").asText()).isEqualTo(MANUFACTURER);
        assertThat(juice.get("producer").asText()).isEqualTo(MANUFACTURER);
        assertThat(juice.get("quantity").asInt()).isEqualTo(500);
        assertThat(juice.get("remaining").asInt()).isEqualTo(500);
        assertThat(juice.get("eventCount").asInt()).isEqualTo(1);
        assertThat(peer.stateText(batchKey("JUICE-1"))).isEqualTo(juice.toString());
    }

    @Test
    void eachInputIsConsumedAndKeepsWhatRemains() {
        peer.transform("JUICE-1", "PEAR-1:600", "PEAR-2:1200");

        JsonNode pear1 = peer.batch("PEAR-1");
        assertThat(pear1.get("remaining").decimalValue()).isEqualByComparingTo("600");
        assertThat(pear1.get("quantity").decimalValue()).isEqualByComparingTo("1200");
        assertThat(peer.batch("PEAR-2").get("remaining").decimalValue()).isEqualByComparingTo("0");
        JsonNode consumed = json(peer.stateText(eventKey("PEAR-1", 2)));
        assertThat(consumed.get("type").asText()).isEqualTo("CONSUMED");
        assertThat(consumed.get("details").toString())
                .isEqualTo("{\"output\":\"JUICE-1\",\"quantity\":600,\"remaining\":600,\"unit\":\"kg\"}");
        assertThat(consumed.get("previousHash").asText())
                .isEqualTo(json(peer.stateText(eventKey("PEAR-1", 1))).get("hash").asText());
        assertThat(pear1.get("lastEventHash").asText()).isEqualTo(consumed.get("hash").asText());
    }

    @Test
    void theOutputsFirstEventNamesItsInputs() {
        peer.transform("JUICE-1", "PEAR-1:600", "PEAR-2:400.5");

        JsonNode transformed = json(peer.stateText(eventKey("JUICE-1", 1)));
        assertThat(transformed.get("type").asText()).isEqualTo("TRANSFORMED");
        assertThat(transformed.get("details").get("inputs").asText()).isEqualTo("PEAR-1:600,PEAR-2:400.5");
        assertThat(transformed.get("details").get("productName").asText()).isEqualTo("Pear juice");
        assertThat(transformed.get("previousHash").asText()).isEqualTo("0".repeat(64));
    }

    @Test
    void linksAreIndexedBothWays() {
        peer.transform("JUICE-1", "PEAR-1:600", "PEAR-2:400");

        String link = "{\"input\":\"PEAR-1\",\"output\":\"JUICE-1\",\"quantity\":600,\"txId\":\"" + peer.txId()
                + "\",\"unit\":\"kg\"}";
        assertThat(peer.stateText(inputKey("JUICE-1", "PEAR-1"))).isEqualTo(link);
        // Under the input, the link also carries the output's state, so that a trace forward need not read it.
        assertThat(peer.stateText(outputKey("PEAR-1", "JUICE-1"))).isEqualTo(link.replace(",\"quantity\"",
                ",\"outputState\":" + peer.stateText(SimulatedPeer.batchKey("JUICE-1")) + ",\"quantity\""));
        assertThat(peer.batch("JUICE-1").get("inputsLinked").asBoolean()).isTrue();
        assertThat(peer.batch("PEAR-1").has("inputsLinked")).isFalse();
        assertThat(peer.state).containsKeys(inputKey("JUICE-1", "PEAR-2"), outputKey("PEAR-2", "JUICE-1"));
    }

    @Test
    void theTransactionAnnouncesTheOutputsEventOnly() {
        int before = peer.emitted.size();

        peer.transform("JUICE-1", "PEAR-1:600", "PEAR-2:400");

        assertThat(peer.emitted).hasSize(before + 1);
        assertThat(peer.emitted.get(before).name()).isEqualTo("TRANSFORMED");
        assertThat(new String(peer.emitted.get(before).payload(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(peer.stateText(eventKey("JUICE-1", 1)));
    }

    @Test
    void anOutputCanBeTransformedAgainAndAQuantityMayBeANumber() {
        peer.transform("JUICE-1", "PEAR-1:600");
        peer.as(MANUFACTURER);

        String bottles = peer.contract.TransformBatches(peer.ctx, "[{\"batchId\":\"JUICE-1\",\"quantity\":0.75}]",
                "BOTTLES-1", "09506000134369", "Pear juice 0.75 l", "1", "bottle", "Bottling line");

        assertThat(json(bottles).get("batchId").asText()).isEqualTo("BOTTLES-1");
        assertThat(peer.batch("JUICE-1").get("remaining").decimalValue()).isEqualByComparingTo("499.25");
    }

    @ParameterizedTest
    @ValueSource(strings = {DISTRIBUTOR, AUDITOR, "OtherMSP"})
    void onlyTheManufacturerTransforms(String caller) {
        peer.as(caller);

        String message = peer.refused("FORBIDDEN_ROLE", () -> transform("not json", "JUICE-1"));

        assertThat(message).isEqualTo("FORBIDDEN_ROLE: " + caller + " may not transform batches; only ManufacturerMSP may");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json", "{}", "[]", "[1]", "[{\"batchId\":\"PEAR-1\"}]", "[{\"quantity\":\"1\"}]",
            "[{\"batchId\":\"PEAR-1\",\"quantity\":\"-1\"}]", "[{\"batchId\":\"PEAR-1\",\"quantity\":\"0\"}]",
            "[{\"batchId\":\"PEAR 1\",\"quantity\":\"1\"}]", "[{\"batchId\":\"PEAR-1\",\"quantity\":true}]"})
    void malformedInputsAreRefused(String inputs) {
        peer.as(MANUFACTURER);

        peer.refused("INVALID_INPUT", () -> transform(inputs, "JUICE-1"));
    }

    @Test
    void anInputIsListedOnce() {
        peer.as(MANUFACTURER);

        String message = peer.refused("INVALID_INPUT", () -> transform(inputs("PEAR-1:1", "PEAR-1:2"), "JUICE-1"));

        assertThat(message).isEqualTo("INVALID_INPUT: input PEAR-1 is listed twice");
    }

    @Test
    void aBatchIsNotMadeFromItself() {
        peer.as(MANUFACTURER);

        peer.refused("INVALID_INPUT", () -> transform(inputs("PEAR-1:1"), "PEAR-1"));
    }

    @Test
    void theOutputMustBeDescribedValidly() {
        peer.as(MANUFACTURER);

        peer.refused("INVALID_INPUT", () -> peer.contract.TransformBatches(peer.ctx, inputs("PEAR-1:1"), "JUICE-1",
                "09506000134360", "Pear juice", "500", "l", "Press house"));
        peer.refused("INVALID_INPUT", () -> peer.contract.TransformBatches(peer.ctx, inputs("PEAR-1:1"), "JUICE-1",
                "09506000134369", " ", "500", "l", "Press house"));
    }

    @Test
    void theOutputIdMustBeUnused() {
        peer.as(MANUFACTURER);

        peer.refused("BATCH_EXISTS", () -> transform(inputs("PEAR-1:1"), "PEAR-2"));
    }

    @Test
    void everyInputMustExist() {
        peer.as(MANUFACTURER);

        String message = peer.refused("BATCH_NOT_FOUND", () -> transform(inputs("PEAR-1:1", "PEAR-9:1"), "JUICE-1"));

        assertThat(message).isEqualTo("BATCH_NOT_FOUND: batch PEAR-9 does not exist");
    }

    @Test
    void inputsYouDoNotHoldAreNotTransformed() {
        peer.initiate(MANUFACTURER, "PEAR-2", DISTRIBUTOR);
        peer.accept(DISTRIBUTOR, "PEAR-2");
        peer.as(MANUFACTURER);

        String message = peer.refused("NOT_CUSTODIAN", () -> transform(inputs("PEAR-1:1", "PEAR-2:1"), "JUICE-1"));

        assertThat(message).isEqualTo("NOT_CUSTODIAN: batch PEAR-2 is held by DistributorMSP, not ManufacturerMSP");
    }

    @Test
    void anInputOnItsWayToAnotherOrganisationIsNotTransformed() {
        peer.initiate(MANUFACTURER, "PEAR-2", DISTRIBUTOR);
        peer.as(MANUFACTURER);

        peer.refused("HANDOFF_PENDING", () -> transform(inputs("PEAR-2:1"), "JUICE-1"));
    }

    @Test
    void aRecalledInputIsNotTransformed() {
        peer.recall(MANUFACTURER, "PEAR-2", "Listeria found");
        peer.as(MANUFACTURER);

        String message = peer.refused("RECALLED", () -> transform(inputs("PEAR-1:1", "PEAR-2:1"), "JUICE-1"));

        assertThat(message).isEqualTo("RECALLED: batch PEAR-2 is recalled: \"Listeria found\"");
    }

    @Test
    void noInputIsConsumedBeyondWhatRemains() {
        peer.transform("JUICE-1", "PEAR-1:1000");
        peer.as(MANUFACTURER);

        String message = peer.refused("OVER_CONSUMPTION", () -> transform(inputs("PEAR-2:1", "PEAR-1:200.5"), "JUICE-2"));

        assertThat(message).isEqualTo(
                "OVER_CONSUMPTION: cannot consume 200.5 kg of batch PEAR-1: only 200 kg remain");
    }

    @Test
    void everythingThatRemainsMayBeConsumedButNoMore() {
        peer.transform("JUICE-1", "PEAR-1:1200");
        peer.as(MANUFACTURER);

        peer.refused("OVER_CONSUMPTION", () -> transform(inputs("PEAR-1:0.000001"), "JUICE-2"));
    }
}
