package dev.anchor.chaincode.contract;

import static dev.anchor.chaincode.contract.SimulatedPeer.AUDITOR;
import static dev.anchor.chaincode.contract.SimulatedPeer.DISTRIBUTOR;
import static dev.anchor.chaincode.contract.SimulatedPeer.MANUFACTURER;
import static dev.anchor.chaincode.contract.SimulatedPeer.RETAILER;
import static dev.anchor.chaincode.contract.SimulatedPeer.batchKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueriesTest {

    private final SimulatedPeer peer = new SimulatedPeer();

    @ParameterizedTest
    @ValueSource(strings = {MANUFACTURER, DISTRIBUTOR, RETAILER, AUDITOR, "OtherMSP"})
    void anyoneReadsABatchAsItWasLastWritten(String reader) {
        peer.produce("PEAR-001");
        String lastAnswer = peer.as(MANUFACTURER).contract.InitiateHandoff(peer.ctx, "PEAR-001", DISTRIBUTOR);
        peer.as(reader);
        clearInvocations(peer.stub);

        String batch = peer.contract.GetBatch(peer.ctx, "PEAR-001");

        assertThat(batch).isEqualTo(lastAnswer).isEqualTo(peer.stateText(batchKey("PEAR-001")));
        verify(peer.stub, never()).putState(anyString(), any());
        verify(peer.stub, never()).setEvent(anyString(), any());
    }

    @Test
    void anyoneReadsTheProvenanceOldestFirst() {
        peer.produce("PEAR-001");
        peer.initiate(MANUFACTURER, "PEAR-001", DISTRIBUTOR);
        peer.accept(DISTRIBUTOR, "PEAR-001");
        peer.as(AUDITOR);
        clearInvocations(peer.stub);

        JsonNode provenance = peer.provenance("PEAR-001");

        assertThat(provenance.get("batchId").asText()).isEqualTo("PEAR-001");
        assertThat(types(provenance)).containsExactly("PRODUCED", "HANDOFF_INITIATED", "HANDOFF_ACCEPTED");
        verify(peer.stub, never()).putState(anyString(), any());
        verify(peer.stub, never()).setEvent(anyString(), any());
    }

    @Test
    void provenanceIsOneRangeThatTouchesOnlyThatBatchAndIsClosed() {
        peer.produce("PEAR-1");
        peer.produce("PEAR-10");
        peer.produce("PEAR-1.1");
        peer.produce("PEAR-0");
        peer.initiate(MANUFACTURER, "PEAR-10", RETAILER);
        for (int i = 0; i < 5; i++) {
            peer.initiate(MANUFACTURER, "PEAR-1", DISTRIBUTOR);
            peer.reject(DISTRIBUTOR, "PEAR-1", "Bruised, round " + i);
        }

        JsonNode provenance = peer.provenance("PEAR-1");

        assertThat(peer.rangeStarts).containsExactly("\u0000event\u0000PEAR-1\u0000");
        assertThat(peer.openRanges).isZero();
        JsonNode events = provenance.get("events");
        assertThat(events).hasSize(11);
        List<Integer> seqs = new ArrayList<>();
        events.forEach(event -> {
            assertThat(event.get("batchId").asText()).isEqualTo("PEAR-1");
            seqs.add(event.get("seq").asInt());
        });
        assertThat(seqs).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    }

    @Test
    void provenanceEventsAreTheStoredEvents() {
        peer.produce("PEAR-001");
        peer.initiate(MANUFACTURER, "PEAR-001", DISTRIBUTOR);

        String provenance = peer.contract.GetProvenance(peer.ctx, "PEAR-001");

        assertThat(provenance).isEqualTo("{\"batchId\":\"PEAR-001\",\"events\":["
                + peer.stateText(SimulatedPeer.eventKey("PEAR-001", 1)) + ","
                + peer.stateText(SimulatedPeer.eventKey("PEAR-001", 2)) + "]}");
    }

    @Test
    void readingAnUnknownBatchIsRefused() {
        peer.produce("PEAR-1");
        peer.as(AUDITOR);

        assertThat(peer.refused("BATCH_NOT_FOUND", () -> peer.contract.GetBatch(peer.ctx, "PEAR-9")))
                .isEqualTo("BATCH_NOT_FOUND: batch PEAR-9 does not exist");
        assertThat(peer.refused("BATCH_NOT_FOUND", () -> peer.contract.GetProvenance(peer.ctx, "PEAR-9")))
                .isEqualTo("BATCH_NOT_FOUND: batch PEAR-9 does not exist");
    }

    @Test
    void readingWithAnInvalidBatchIdIsRefused() {
        peer.refused("INVALID_INPUT", () -> peer.contract.GetBatch(peer.ctx, null));
        peer.refused("INVALID_INPUT", () -> peer.contract.GetBatch(peer.ctx, "PEAR 1"));
        peer.refused("INVALID_INPUT", () -> peer.contract.GetProvenance(peer.ctx, null));
        peer.refused("INVALID_INPUT", () -> peer.contract.GetProvenance(peer.ctx, "x".repeat(65)));
    }

    private static List<String> types(JsonNode provenance) {
        List<String> types = new ArrayList<>();
        provenance.get("events").forEach(event -> types.add(event.get("type").asText()));
        return types;
    }
}
