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
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class RejectHandoffTest {

    private static final String REASON = "Cold chain broken: 9 °C on arrival";

    private final SimulatedPeer peer = new SimulatedPeer();

    @BeforeEach
    void producePears() {
        peer.produce("PEAR-001");
    }

    private String reject(String batchId, String reason) {
        return peer.contract.RejectHandoff(peer.ctx, batchId, reason);
    }

    @Test
    void theBatchStaysWithItsCustodianAndNothingIsPending() {
        peer.initiate(MANUFACTURER, "PEAR-001", DISTRIBUTOR);
        peer.as(DISTRIBUTOR);

        String answer = reject("PEAR-001", REASON);

        JsonNode batch = json(answer);
        assertThat(batch.get("custodian").asText()).isEqualTo(MANUFACTURER);
        assertThat(batch.has("pendingHandoff")).isFalse();
        assertThat(batch.get("eventCount").asInt()).isEqualTo(3);
        assertThat(peer.stateText(batchKey("PEAR-001"))).isEqualTo(answer);

        JsonNode event = json(peer.stateText(eventKey("PEAR-001", 3)));
        assertThat(event.get("type").asText()).isEqualTo("HANDOFF_REJECTED");
        assertThat(event.get("actor").asText()).isEqualTo(DISTRIBUTOR);
        assertThat(event.get("details").toString()).isEqualTo(
                "{\"from\":\"ManufacturerMSP\",\"reason\":\"" + REASON + "\",\"to\":\"DistributorMSP\"}");
    }

    @Test
    void theCustodianMayHandOffAgainAfterARejection() {
        peer.initiate(MANUFACTURER, "PEAR-001", DISTRIBUTOR);
        peer.reject(DISTRIBUTOR, "PEAR-001", REASON);

        JsonNode batch = peer.initiate(MANUFACTURER, "PEAR-001", RETAILER);

        assertThat(batch.get("pendingHandoff").get("to").asText()).isEqualTo(RETAILER);
        assertThat(batch.get("eventCount").asInt()).isEqualTo(4);
    }

    @Test
    void aReasonOfFiveHundredCharactersIsEnough() {
        peer.initiate(MANUFACTURER, "PEAR-001", DISTRIBUTOR);

        peer.reject(DISTRIBUTOR, "PEAR-001", "r".repeat(500));

        assertThat(peer.stateText(eventKey("PEAR-001", 3))).contains("r".repeat(500));
    }

    @ParameterizedTest
    @ValueSource(strings = {AUDITOR, "OtherMSP"})
    void organisationsThatHoldNoCustodyMayNotReject(String caller) {
        peer.initiate(MANUFACTURER, "PEAR-001", DISTRIBUTOR);
        peer.as(caller);

        peer.refused("FORBIDDEN_ROLE", () -> reject("PEAR-001", REASON));
    }

    static Stream<String> blankOrTooLongReasons() {
        return Stream.of(null, "", " \n ", "r".repeat(501));
    }

    @ParameterizedTest
    @MethodSource("blankOrTooLongReasons")
    void theReasonMustBeNonBlankAndAtMostFiveHundredCharacters(String reason) {
        peer.initiate(MANUFACTURER, "PEAR-001", DISTRIBUTOR);
        peer.as(DISTRIBUTOR);

        peer.refused("INVALID_INPUT", () -> reject("PEAR-001", reason));
    }

    @Test
    void theBatchIdMustBeValid() {
        peer.as(DISTRIBUTOR);

        peer.refused("INVALID_INPUT", () -> reject("PEAR*001", REASON));
        peer.refused("INVALID_INPUT", () -> reject(null, REASON));
    }

    @Test
    void theBatchMustExist() {
        peer.as(DISTRIBUTOR);

        assertThat(peer.refused("BATCH_NOT_FOUND", () -> reject("PEAR-9", REASON)))
                .isEqualTo("BATCH_NOT_FOUND: batch PEAR-9 does not exist");
    }

    @Test
    void somethingMustBePending() {
        peer.as(DISTRIBUTOR);

        peer.refused("NO_PENDING_HANDOFF", () -> reject("PEAR-001", REASON));
    }

    @ParameterizedTest
    @ValueSource(strings = {MANUFACTURER, RETAILER})
    void onlyThePendingRecipientMayReject(String caller) {
        peer.initiate(MANUFACTURER, "PEAR-001", DISTRIBUTOR);
        peer.as(caller);

        peer.refused("NOT_RECIPIENT", () -> reject("PEAR-001", REASON));
    }
}
