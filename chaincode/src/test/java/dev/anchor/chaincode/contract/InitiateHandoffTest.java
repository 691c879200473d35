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

class InitiateHandoffTest {

    private final SimulatedPeer peer = new SimulatedPeer();

    @BeforeEach
    void producePears() {
        peer.produce("PEAR-001");
    }

    private String initiate(String batchId, String to) {
        return peer.contract.InitiateHandoff(peer.ctx, batchId, to);
    }

    @Test
    void recordsThePendingHandoffAndKeepsTheCustodian() {
        peer.as(MANUFACTURER);
        String answer = initiate("PEAR-001", DISTRIBUTOR);

        JsonNode batch = json(answer);
        assertThat(batch.get("custodian").asText()).isEqualTo(MANUFACTURER);
        assertThat(batch.get("eventCount").asInt()).isEqualTo(2);
        JsonNode pending = batch.get("pendingHandoff");
        assertThat(pending.get("from").asText()).isEqualTo(MANUFACTURER);
        assertThat(pending.get("to").asText()).isEqualTo(DISTRIBUTOR);
        assertThat(pending.get("initiatedAt").asText()).isEqualTo(peer.txTime().toString());
        assertThat(pending.get("txId").asText()).isEqualTo(peer.txId());
        assertThat(answer).contains("\"pendingHandoff\":{\"from\":\"ManufacturerMSP\",\"initiatedAt\":\"");
        assertThat(peer.stateText(batchKey("PEAR-001"))).isEqualTo(answer);
    }

    @Test
    void appendsAHandoffInitiatedEvent() {
        peer.as(MANUFACTURER);
        initiate("PEAR-001", DISTRIBUTOR);

        JsonNode event = json(peer.stateText(eventKey("PEAR-001", 2)));
        assertThat(event.get("type").asText()).isEqualTo("HANDOFF_INITIATED");
        assertThat(event.get("seq").asInt()).isEqualTo(2);
        assertThat(event.get("actor").asText()).isEqualTo(MANUFACTURER);
        assertThat(event.get("details").toString())
                .isEqualTo("{\"from\":\"ManufacturerMSP\",\"to\":\"DistributorMSP\"}");
        assertThat(event.get("previousHash").asText())
                .isEqualTo(json(peer.stateText(eventKey("PEAR-001", 1))).get("hash").asText());
    }

    @Test
    void aHandoffMayGoToTheRetailerDirectly() {
        assertThat(peer.initiate(MANUFACTURER, "PEAR-001", RETAILER).get("pendingHandoff").get("to").asText())
                .isEqualTo(RETAILER);
    }

    @ParameterizedTest
    @ValueSource(strings = {AUDITOR, "OtherMSP"})
    void organisationsThatHoldNoCustodyMayNotHandOff(String caller) {
        peer.as(caller);

        peer.refused("FORBIDDEN_ROLE", () -> initiate("PEAR-001", DISTRIBUTOR));
    }

    @Test
    void nothingIsHandedOffToTheAuditor() {
        peer.as(MANUFACTURER);

        String message = peer.refused("FORBIDDEN_ROLE", () -> initiate("PEAR-001", AUDITOR));

        assertThat(message).isEqualTo(
                "FORBIDDEN_ROLE: AuditorMSP never holds custody, so a batch cannot be handed off to it");
    }

    @Test
    void aCustodianCannotHandOffToItself() {
        peer.as(MANUFACTURER);

        String message = peer.refused("INVALID_INPUT", () -> initiate("PEAR-001", MANUFACTURER));

        assertThat(message).isEqualTo("INVALID_INPUT: ManufacturerMSP cannot hand off a batch to itself");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void theRecipientIsRequired(String to) {
        peer.as(MANUFACTURER);

        peer.refused("INVALID_INPUT", () -> initiate("PEAR-001", to));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "PEAR/001", "PEAR\u0000001"})
    void theBatchIdMustBeValid(String batchId) {
        peer.as(MANUFACTURER);

        peer.refused("INVALID_INPUT", () -> initiate(batchId, DISTRIBUTOR));
    }

    @ParameterizedTest
    @ValueSource(strings = {"OtherMSP", "distributormsp", "Org1MSP"})
    void theRecipientMustBeAnOrganisationOfTheChannel(String to) {
        peer.as(MANUFACTURER);

        String message = peer.refused("UNKNOWN_ORG", () -> initiate("PEAR-001", to));

        assertThat(message).isEqualTo("UNKNOWN_ORG: \"" + to + "\" is not an organisation of the channel");
    }

    @Test
    void anUnknownRecipientIsShownShortAndOnOneLine() {
        peer.as(MANUFACTURER);

        String message = peer.refused("UNKNOWN_ORG", () -> initiate("PEAR-001", "Evil\nMSP" + "x".repeat(10_000)));

        assertThat(message).isEqualTo("UNKNOWN_ORG: \"Evil\\u000aMSP" + "x".repeat(56)
                + "\" (10008 characters, the first 64 shown) is not an organisation of the channel");
    }

    @Test
    void theBatchMustExist() {
        peer.as(MANUFACTURER);

        String message = peer.refused("BATCH_NOT_FOUND", () -> initiate("PEAR-9", DISTRIBUTOR));

        assertThat(message).isEqualTo("BATCH_NOT_FOUND: batch PEAR-9 does not exist");
    }

    @Test
    void onlyTheCustodianMayHandOff() {
        peer.as(RETAILER);

        String message = peer.refused("NOT_CUSTODIAN", () -> initiate("PEAR-001", DISTRIBUTOR));

        assertThat(message).isEqualTo("NOT_CUSTODIAN: batch PEAR-001 is held by ManufacturerMSP, not RetailerMSP");
    }

    @Test
    void theRecipientOfAPendingHandoffIsNotYetTheCustodian() {
        peer.initiate(MANUFACTURER, "PEAR-001", DISTRIBUTOR);
        peer.as(DISTRIBUTOR);

        peer.refused("NOT_CUSTODIAN", () -> initiate("PEAR-001", RETAILER));
    }

    @Test
    void oneHandoffAtATime() {
        peer.initiate(MANUFACTURER, "PEAR-001", DISTRIBUTOR);
        peer.as(MANUFACTURER);

        String message = peer.refused("HANDOFF_PENDING", () -> initiate("PEAR-001", RETAILER));

        assertThat(message).isEqualTo(
                "HANDOFF_PENDING: batch PEAR-001 already has a pending handoff from ManufacturerMSP to DistributorMSP");
    }
}
