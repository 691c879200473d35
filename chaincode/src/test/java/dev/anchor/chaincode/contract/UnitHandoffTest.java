package dev.anchor.chaincode.contract;

import static dev.anchor.chaincode.contract.AggregationTest.PALLET;
import static dev.anchor.chaincode.contract.SimulatedPeer.AUDITOR;
import static dev.anchor.chaincode.contract.SimulatedPeer.DISTRIBUTOR;
import static dev.anchor.chaincode.contract.SimulatedPeer.MANUFACTURER;
import static dev.anchor.chaincode.contract.SimulatedPeer.RETAILER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** InitiateHandoff, AcceptHandoff and RejectHandoff given an SSCC: the unit and everything in it, at once. */
class UnitHandoffTest {

    private static final List<String> PEARS = List.of("PEAR-001", "PEAR-002");

    private final SimulatedPeer peer = new SimulatedPeer();

    @BeforeEach
    void packAPallet() {
        PEARS.forEach(peer::produce);
        peer.pack(MANUFACTURER, PALLET, String.join(",", PEARS));
    }

    @Test
    void initiatingOffersTheUnitAndEachBatch() {
        JsonNode unit = peer.initiate(MANUFACTURER, PALLET, DISTRIBUTOR);

        assertThat(unit.get("sscc").asText()).isEqualTo(PALLET);
        assertThat(unit.get("custodian").asText()).isEqualTo(MANUFACTURER);
        assertThat(unit.get("pendingHandoff").get("to").asText()).isEqualTo(DISTRIBUTOR);
        assertThat(unit.get("pendingHandoff").get("txId").asText()).isEqualTo(peer.txId());
        for (String id : PEARS) {
            assertThat(peer.batch(id).get("pendingHandoff").get("to").asText()).isEqualTo(DISTRIBUTOR);
            JsonNode event = peer.provenance(id).get("events").get(2);
            assertThat(event.get("type").asText()).isEqualTo("HANDOFF_INITIATED");
            assertThat(event.get("txId").asText()).isEqualTo(peer.txId());
            assertThat(event.get("details").toString()).isEqualTo(
                    "{\"from\":\"ManufacturerMSP\",\"sscc\":\"" + PALLET + "\",\"to\":\"DistributorMSP\"}");
        }
    }

    @Test
    void acceptingMovesTheUnitAndEveryBatchInOneTransaction() {
        peer.initiate(MANUFACTURER, PALLET, DISTRIBUTOR);
        int eventsBefore = peer.emitted.size();

        JsonNode unit = peer.accept(DISTRIBUTOR, PALLET);

        assertThat(unit.get("custodian").asText()).isEqualTo(DISTRIBUTOR);
        assertThat(unit.has("pendingHandoff")).isFalse();
        assertThat(peer.emitted).hasSize(eventsBefore + 1);
        assertThat(peer.emitted.get(eventsBefore).name()).isEqualTo("HANDOFF_ACCEPTED");
        for (String id : PEARS) {
            JsonNode batch = peer.batch(id);
            assertThat(batch.get("custodian").asText()).isEqualTo(DISTRIBUTOR);
            assertThat(batch.has("pendingHandoff")).isFalse();
            assertThat(batch.get("packedIn").asText()).isEqualTo(PALLET);
            JsonNode event = peer.provenance(id).get("events").get(3);
            assertThat(event.get("type").asText()).isEqualTo("HANDOFF_ACCEPTED");
            assertThat(event.get("actor").asText()).isEqualTo(DISTRIBUTOR);
            assertThat(event.get("details").get("sscc").asText()).isEqualTo(PALLET);
        }
        // the new custodian may unpack it and hand a batch on alone
        peer.unpack(DISTRIBUTOR, PALLET);
        peer.initiate(DISTRIBUTOR, "PEAR-001", RETAILER);
    }

    @Test
    void rejectingLeavesTheUnitWithItsCustodian() {
        peer.initiate(MANUFACTURER, PALLET, DISTRIBUTOR);

        JsonNode unit = peer.reject(DISTRIBUTOR, PALLET, "Pallet wrapping torn");

        assertThat(unit.get("custodian").asText()).isEqualTo(MANUFACTURER);
        assertThat(unit.has("pendingHandoff")).isFalse();
        for (String id : PEARS) {
            assertThat(peer.batch(id).get("custodian").asText()).isEqualTo(MANUFACTURER);
            JsonNode event = peer.provenance(id).get("events").get(3);
            assertThat(event.get("type").asText()).isEqualTo("HANDOFF_REJECTED");
            assertThat(event.get("details").get("reason").asText()).isEqualTo("Pallet wrapping torn");
            assertThat(event.get("details").get("sscc").asText()).isEqualTo(PALLET);
        }
    }

    @Test
    void onlyTheCustodianHandsOffTheUnit() {
        peer.as(DISTRIBUTOR);
        peer.refused("NOT_CUSTODIAN", () -> peer.contract.InitiateHandoff(peer.ctx, PALLET, RETAILER));
    }

    @Test
    void aSecondHandoffWhilePendingIsRefused() {
        peer.initiate(MANUFACTURER, PALLET, DISTRIBUTOR);
        peer.as(MANUFACTURER);
        peer.refused("HANDOFF_PENDING", () -> peer.contract.InitiateHandoff(peer.ctx, PALLET, RETAILER));
    }

    @Test
    void onlyThePendingRecipientAnswers() {
        peer.as(DISTRIBUTOR);
        peer.refused("NO_PENDING_HANDOFF", () -> peer.contract.AcceptHandoff(peer.ctx, PALLET));
        peer.initiate(MANUFACTURER, PALLET, DISTRIBUTOR);
        peer.as(RETAILER);
        peer.refused("NOT_RECIPIENT", () -> peer.contract.AcceptHandoff(peer.ctx, PALLET));
        peer.as(RETAILER);
        peer.refused("NOT_RECIPIENT", () -> peer.contract.RejectHandoff(peer.ctx, PALLET, "not ours"));
    }

    @Test
    void recipientRulesAreThoseOfABatchHandoff() {
        peer.as(MANUFACTURER);
        peer.refused("FORBIDDEN_ROLE", () -> peer.contract.InitiateHandoff(peer.ctx, PALLET, AUDITOR));
        peer.as(MANUFACTURER);
        peer.refused("INVALID_INPUT", () -> peer.contract.InitiateHandoff(peer.ctx, PALLET, MANUFACTURER));
        peer.as(MANUFACTURER);
        peer.refused("UNKNOWN_ORG", () -> peer.contract.InitiateHandoff(peer.ctx, PALLET, "PirateMSP"));
        peer.as(AUDITOR);
        peer.refused("FORBIDDEN_ROLE", () -> peer.contract.InitiateHandoff(peer.ctx, PALLET, DISTRIBUTOR));
    }

    @Test
    void anUnknownOrMalformedSsccIsRefused() {
        peer.as(MANUFACTURER);
        peer.refused("UNIT_NOT_FOUND", () -> peer.contract.InitiateHandoff(peer.ctx, "009506000134352008", DISTRIBUTOR));
        peer.as(MANUFACTURER);
        peer.refused("INVALID_SSCC", () -> peer.contract.InitiateHandoff(peer.ctx, "106141411234567890", DISTRIBUTOR));
        peer.as(DISTRIBUTOR);
        peer.refused("INVALID_SSCC", () -> peer.contract.AcceptHandoff(peer.ctx, "106141411234567890"));
    }
}
