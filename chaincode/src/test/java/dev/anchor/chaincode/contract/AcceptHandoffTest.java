package dev.anchor.chaincode.contract;

import static dev.anchor.chaincode.contract.SimulatedPeer.AUDITOR;
import static dev.anchor.chaincode.contract.SimulatedPeer.DISTRIBUTOR;
import static dev.anchor.chaincode.contract.SimulatedPeer.MANUFACTURER;
import static dev.anchor.chaincode.contract.SimulatedPeer.RETAILER;
import static dev.anchor.chaincode.contract.SimulatedPeer.batchKey;
import static dev.anchor.chaincode.contract.SimulatedPeer.eventKey;
import static dev.anchor.chaincode.contract.SimulatedPeer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class AcceptHandoffTest {

    private final SimulatedPeer peer = new SimulatedPeer();

    @BeforeEach
    void producePears() {
        peer.produce("PEAR-001");
    }

    private String accept(String batchId) {
        return peer.contract.AcceptHandoff(peer.ctx, batchId);
    }

    @Test
    void theRecipientBecomesCustodianAndNothingIsPendingAnyMore() {
        peer.initiate(MANUFACTURER, "PEAR-001", DISTRIBUTOR);
        peer.as(DISTRIBUTOR);

        String answer = accept("PEAR-001");

        JsonNode batch = json(answer);
        assertThat(batch.get("custodian").asText()).isEqualTo(DISTRIBUTOR);
        assertThat(batch.get("producer").asText()).isEqualTo(MANUFACTURER);
        assertThat(batch.has("pendingHandoff")).isFalse();
        assertThat(batch.get("eventCount").asInt()).isEqualTo(3);
        assertThat(peer.stateText(batchKey("PEAR-001"))).isEqualTo(answer);

        JsonNode event = json(peer.stateText(eventKey("PEAR-001", 3)));
        assertThat(event.get("type").asText()).isEqualTo("HANDOFF_ACCEPTED");
        assertThat(event.get("actor").asText()).isEqualTo(DISTRIBUTOR);
        assertThat(event.get("details").toString())
                .isEqualTo("{\"from\":\"ManufacturerMSP\",\"to\":\"DistributorMSP\"}");
        assertThat(event.get("txId").asText()).isEqualTo(peer.txId());
    }

    @Test
    void custodyTravelsOnAndBackToTheManufacturer() {
        peer.initiate(MANUFACTURER, "PEAR-001", DISTRIBUTOR);
        peer.accept(DISTRIBUTOR, "PEAR-001");
        peer.initiate(DISTRIBUTOR, "PEAR-001", RETAILER);
        assertThat(peer.accept(RETAILER, "PEAR-001").get("custodian").asText()).isEqualTo(RETAILER);
        peer.initiate(RETAILER, "PEAR-001", MANUFACTURER);

        JsonNode batch = peer.accept(MANUFACTURER, "PEAR-001");

        assertThat(batch.get("custodian").asText()).isEqualTo(MANUFACTURER);
        assertThat(batch.get("eventCount").asInt()).isEqualTo(7);
    }

    @ParameterizedTest
    @ValueSource(strings = {AUDITOR, "OtherMSP"})
    void organisationsThatHoldNoCustodyMayNotAccept(String caller) {
        peer.initiate(MANUFACTURER, "PEAR-001", DISTRIBUTOR);
        peer.as(caller);

        peer.refused("FORBIDDEN_ROLE", () -> accept("PEAR-001"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "PEAR 001", "PEAR-001\n"})
    void theBatchIdMustBeValid(String batchId) {
        peer.as(DISTRIBUTOR);

        peer.refused("INVALID_INPUT", () -> accept(batchId));
    }

    @Test
    void theBatchMustExist() {
        peer.as(DISTRIBUTOR);

        assertThat(peer.refused("BATCH_NOT_FOUND", () -> accept("PEAR-9")))
                .isEqualTo("BATCH_NOT_FOUND: batch PEAR-9 does not exist");
    }

    @Test
    void somethingMustBePending() {
        peer.as(DISTRIBUTOR);

        assertThat(peer.refused("NO_PENDING_HANDOFF", () -> accept("PEAR-001")))
                .isEqualTo("NO_PENDING_HANDOFF: batch PEAR-001 has no pending handoff");
    }

    @Test
    void aHandoffIsAcceptedOnlyOnce() {
        peer.initiate(MANUFACTURER, "PEAR-001", DISTRIBUTOR);
        peer.accept(DISTRIBUTOR, "PEAR-001");
        peer.as(DISTRIBUTOR);

        peer.refused("NO_PENDING_HANDOFF", () -> accept("PEAR-001"));
    }

    @ParameterizedTest
    @ValueSource(strings = {MANUFACTURER, RETAILER})
    void onlyThePendingRecipientMayAccept(String caller) {
        peer.initiate(MANUFACTURER, "PEAR-001", DISTRIBUTOR);
        peer.as(caller);

        String message = peer.refused("NOT_RECIPIENT", () -> accept("PEAR-001"));

        assertThat(message).isEqualTo("NOT_RECIPIENT: the pending handoff of batch PEAR-001 is addressed to "
                + "DistributorMSP, not " + caller);
    }
}
