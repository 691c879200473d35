package dev.anchor.chaincode.contract;

import static dev.anchor.chaincode.contract.SimulatedPeer.AUDITOR;
import static dev.anchor.chaincode.contract.SimulatedPeer.DISTRIBUTOR;
import static dev.anchor.chaincode.contract.SimulatedPeer.MANUFACTURER;
import static dev.anchor.chaincode.contract.SimulatedPeer.batchKey;
import static dev.anchor.chaincode.contract.SimulatedPeer.unitKey;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** PackUnit, UnpackUnit and GetUnit: a logistic unit named by an SSCC, and the batches in it. */
class AggregationTest {

    static final String PALLET = "106141411234567897";
    static final String CASE = "009506000134352008";

    private final SimulatedPeer peer = new SimulatedPeer();

    @BeforeEach
    void producePears() {
        peer.produce("PEAR-001");
        peer.produce("PEAR-002");
        peer.produce("PEAR-003");
    }

    @Test
    void packingCreatesTheUnitAndMarksEachBatch() {
        JsonNode unit = peer.pack(MANUFACTURER, PALLET, "PEAR-002,PEAR-001");

        assertThat(unit.toString()).isEqualTo("{\"batches\":[\"PEAR-001\",\"PEAR-002\"],\"custodian\":\"ManufacturerMSP\","
                + "\"packedAt\":\"" + peer.txTime() + "\",\"packedBy\":\"ManufacturerMSP\",\"sscc\":\"" + PALLET + "\"}");
        assertThat(peer.stateText(unitKey(PALLET))).isEqualTo(unit.toString());
        assertThat(peer.unit(PALLET)).isEqualTo(unit);
        for (String id : List.of("PEAR-001", "PEAR-002")) {
            JsonNode batch = peer.batch(id);
            assertThat(batch.get("packedIn").asText()).isEqualTo(PALLET);
            assertThat(batch.get("eventCount").asInt()).isEqualTo(2);
            JsonNode packed = peer.provenance(id).get("events").get(1);
            assertThat(packed.get("type").asText()).isEqualTo("PACKED");
            assertThat(packed.get("details").toString()).isEqualTo("{\"sscc\":\"" + PALLET + "\"}");
        }
        assertThat(peer.batch("PEAR-003").has("packedIn")).isFalse();
    }

    @Test
    void packingEmitsOneChaincodeEventCarryingEachBatchEvent() {
        peer.pack(MANUFACTURER, PALLET, "PEAR-001,PEAR-002");

        SimulatedPeer.EmittedEvent last = peer.emitted.get(peer.emitted.size() - 1);
        assertThat(last.name()).isEqualTo("PACKED");
        JsonNode payload = SimulatedPeer.json(last.payload());
        assertThat(payload.get("sscc").asText()).isEqualTo(PALLET);
        assertThat(payload.get("events")).hasSize(2);
        assertThat(payload.get("events").get(0).toString())
                .isEqualTo(peer.provenance("PEAR-001").get("events").get(1).toString());
        assertThat(payload.get("events").get(1).toString())
                .isEqualTo(peer.provenance("PEAR-002").get("events").get(1).toString());
    }

    @Test
    void hashChainsStayIntactThroughPackingAndUnpacking() {
        peer.pack(MANUFACTURER, PALLET, "PEAR-001");
        peer.unpack(MANUFACTURER, PALLET);

        List<String> hashes = new ArrayList<>();
        String previous = "0".repeat(64);
        for (JsonNode event : peer.provenance("PEAR-001").get("events")) {
            assertThat(event.get("previousHash").asText()).isEqualTo(previous);
            previous = event.get("hash").asText();
            hashes.add(event.get("type").asText());
        }
        assertThat(hashes).containsExactly("PRODUCED", "PACKED", "UNPACKED");
        assertThat(peer.batch("PEAR-001").get("lastEventHash").asText()).isEqualTo(previous);
    }

    @Test
    void unpackingRemovesTheUnitAndFreesItsBatches() {
        peer.pack(MANUFACTURER, PALLET, "PEAR-001,PEAR-002");

        JsonNode answer = peer.unpack(MANUFACTURER, PALLET);

        assertThat(answer.get("sscc").asText()).isEqualTo(PALLET);
        assertThat(peer.state).doesNotContainKey(unitKey(PALLET));
        assertThat(peer.batch("PEAR-001").has("packedIn")).isFalse();
        assertThat(peer.provenance("PEAR-002").get("events").get(2).get("type").asText()).isEqualTo("UNPACKED");
        peer.refused("UNIT_NOT_FOUND", () -> peer.contract.GetUnit(peer.ctx, PALLET));
        // the batches may travel alone again, and the SSCC may name a new unit
        peer.initiate(MANUFACTURER, "PEAR-001", DISTRIBUTOR);
        peer.pack(MANUFACTURER, PALLET, "PEAR-002");
    }

    @Test
    void aBatchAlreadyPackedIsRefused() {
        peer.pack(MANUFACTURER, PALLET, "PEAR-001");
        peer.as(MANUFACTURER);
        String message = peer.refused("PACKED", () -> peer.contract.PackUnit(peer.ctx, CASE, "PEAR-002,PEAR-001"));
        assertThat(message).contains("PEAR-001", PALLET);
    }

    @Test
    void aBatchPendingHandoffIsRefused() {
        peer.initiate(MANUFACTURER, "PEAR-002", DISTRIBUTOR);
        peer.as(MANUFACTURER);
        peer.refused("HANDOFF_PENDING", () -> peer.contract.PackUnit(peer.ctx, PALLET, "PEAR-001,PEAR-002"));
    }

    @Test
    void aBatchHeldBySomeoneElseIsRefused() {
        peer.initiate(MANUFACTURER, "PEAR-002", DISTRIBUTOR);
        peer.accept(DISTRIBUTOR, "PEAR-002");
        peer.as(MANUFACTURER);
        peer.refused("NOT_CUSTODIAN", () -> peer.contract.PackUnit(peer.ctx, PALLET, "PEAR-001,PEAR-002"));
        peer.as(DISTRIBUTOR);
        peer.refused("NOT_CUSTODIAN", () -> peer.contract.PackUnit(peer.ctx, PALLET, "PEAR-001,PEAR-002"));
    }

    @Test
    void aMissingBatchIsRefused() {
        peer.as(MANUFACTURER);
        peer.refused("BATCH_NOT_FOUND", () -> peer.contract.PackUnit(peer.ctx, PALLET, "PEAR-001,PEAR-404"));
    }

    @Test
    void anSsccInUseIsRefused() {
        peer.pack(MANUFACTURER, PALLET, "PEAR-001");
        peer.as(MANUFACTURER);
        peer.refused("UNIT_EXISTS", () -> peer.contract.PackUnit(peer.ctx, PALLET, "PEAR-002"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"106141411234567890", "10614141123456789", "PALLET-1", ""})
    void aBadSsccIsRefused(String sscc) {
        peer.as(MANUFACTURER);
        peer.refused("INVALID_SSCC", () -> peer.contract.PackUnit(peer.ctx, sscc, "PEAR-001"));
        peer.refused("INVALID_SSCC", () -> peer.contract.UnpackUnit(peer.ctx, sscc));
        peer.refused("INVALID_SSCC", () -> peer.contract.GetUnit(peer.ctx, sscc));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "PEAR-001,", "PEAR-001,PEAR-001", "PEAR 001", ",PEAR-001"})
    void aBadBatchListIsRefused(String batchIds) {
        peer.as(MANUFACTURER);
        peer.refused("INVALID_INPUT", () -> peer.contract.PackUnit(peer.ctx, PALLET, batchIds));
    }

    @Test
    void moreThanAThousandBatchesAreRefused() {
        String ids = String.join(",", java.util.stream.IntStream.rangeClosed(1, 1001).mapToObj(i -> "B-" + i).toList());
        peer.as(MANUFACTURER);
        peer.refused("INVALID_INPUT", () -> peer.contract.PackUnit(peer.ctx, PALLET, ids));
    }

    @Test
    void theAuditorNeverPacks() {
        peer.as(AUDITOR);
        peer.refused("FORBIDDEN_ROLE", () -> peer.contract.PackUnit(peer.ctx, PALLET, "PEAR-001"));
        peer.as(AUDITOR);
        peer.refused("FORBIDDEN_ROLE", () -> peer.contract.UnpackUnit(peer.ctx, PALLET));
    }

    @Test
    void unpackingWhatYouDoNotHoldIsRefused() {
        peer.pack(MANUFACTURER, PALLET, "PEAR-001");
        peer.as(DISTRIBUTOR);
        peer.refused("NOT_CUSTODIAN", () -> peer.contract.UnpackUnit(peer.ctx, PALLET));
        peer.as(DISTRIBUTOR);
        peer.refused("UNIT_NOT_FOUND", () -> peer.contract.UnpackUnit(peer.ctx, CASE));
    }

    @Test
    void unpackingAUnitPendingHandoffIsRefused() {
        peer.pack(MANUFACTURER, PALLET, "PEAR-001");
        peer.initiate(MANUFACTURER, PALLET, DISTRIBUTOR);
        peer.as(MANUFACTURER);
        peer.refused("HANDOFF_PENDING", () -> peer.contract.UnpackUnit(peer.ctx, PALLET));
    }

    @Test
    void aPackedBatchIsNotHandedOffAlone() {
        peer.pack(MANUFACTURER, PALLET, "PEAR-001");
        peer.as(MANUFACTURER);
        String message = peer.refused("PACKED", () -> peer.contract.InitiateHandoff(peer.ctx, "PEAR-001", DISTRIBUTOR));
        assertThat(message).contains(PALLET);
    }

    @Test
    void aBatchPendingWithItsUnitIsNotAnsweredAlone() {
        peer.pack(MANUFACTURER, PALLET, "PEAR-001");
        peer.initiate(MANUFACTURER, PALLET, DISTRIBUTOR);
        peer.as(DISTRIBUTOR);
        peer.refused("PACKED", () -> peer.contract.AcceptHandoff(peer.ctx, "PEAR-001"));
        peer.as(DISTRIBUTOR);
        peer.refused("PACKED", () -> peer.contract.RejectHandoff(peer.ctx, "PEAR-001", "no"));
        assertThat(peer.stateText(batchKey("PEAR-001"))).contains("\"packedIn\":\"" + PALLET + "\"");
    }

    @Test
    void aRecalledBatchIsNotPacked() {
        peer.recall(MANUFACTURER, "PEAR-002", "Listeria found");
        peer.as(MANUFACTURER);

        String message = peer.refused("RECALLED", () -> peer.contract.PackUnit(peer.ctx, PALLET, "PEAR-001,PEAR-002"));

        assertThat(message).isEqualTo("RECALLED: batch PEAR-002 is recalled: \"Listeria found\"");
    }

    @Test
    void aTraceShowsTheUnitABatchIsPackedIn() {
        peer.pack(MANUFACTURER, PALLET, "PEAR-001");

        JsonNode packed = SimulatedPeer.json(peer.contract.TraceForward(peer.ctx, "PEAR-001")).get("nodes").get(0);
        JsonNode loose = SimulatedPeer.json(peer.contract.TraceForward(peer.ctx, "PEAR-002")).get("nodes").get(0);

        assertThat(packed.get("packedIn").asText()).isEqualTo(PALLET);
        assertThat(loose.has("packedIn")).isFalse();
    }
}
