package dev.anchor.chaincode.contract;

import static dev.anchor.chaincode.contract.SimulatedPeer.AUDITOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.junit.jupiter.api.Test;

/** GetEpcisEventsOfBatch: the captured events linked to a batch, from its index alone. */
class EpcisEventsOfBatchTest {

    private final SimulatedPeer peer = new SimulatedPeer();
    private final EpcisFixtures fixtures = new EpcisFixtures(peer);

    private JsonNode eventsOf(String batchId) {
        peer.as(AUDITOR);
        return SimulatedPeer.json(peer.contract.GetEpcisEventsOfBatch(peer.ctx, batchId));
    }

    @Test
    void theEventsLinkedToABatchInTimeOrder() {
        peer.produce("PEAR-001");
        peer.produce("JUICE-001");
        String sell = fixtures.capture("sell", EpcisQueryTest.SELL, "PEAR-001");
        String press = fixtures.capture("press", EpcisQueryTest.PRESS, "PEAR-001", "JUICE-001");
        fixtures.capture("ship", EpcisQueryTest.SHIP);
        clearInvocations(peer.stub);

        JsonNode answer = eventsOf("PEAR-001");

        assertThat(answer.get("batchId").asText()).isEqualTo("PEAR-001");
        List<String> ids = new ArrayList<>();
        answer.get("events").forEach(record -> ids.add(record.get("eventId").asText()));
        assertThat(ids).containsExactly(press, sell);
        assertThat(answer.get("events").get(0).get("event").get("type").asText()).isEqualTo("TransformationEvent");
        verify(peer.stub, times(3)).getState(anyString());
        verify(peer.stub, times(1)).getStateByPartialCompositeKey(any(CompositeKey.class));
        assertThat(eventsOf("JUICE-001").get("events")).hasSize(1);
    }

    @Test
    void aBatchWithoutCapturedEventsHasNone() {
        peer.produce("PEAR-001");
        fixtures.capture("ship", EpcisQueryTest.SHIP);
        assertThat(eventsOf("PEAR-001").get("events")).isEmpty();
    }

    @Test
    void anUnknownBatchIsRefused() {
        peer.as(AUDITOR);
        peer.refused("BATCH_NOT_FOUND", () -> peer.contract.GetEpcisEventsOfBatch(peer.ctx, "PEAR-404"));
        peer.refused("INVALID_INPUT", () -> peer.contract.GetEpcisEventsOfBatch(peer.ctx, "no spaces"));
    }
}
