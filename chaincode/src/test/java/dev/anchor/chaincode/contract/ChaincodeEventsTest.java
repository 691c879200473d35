package dev.anchor.chaincode.contract;

import static dev.anchor.chaincode.contract.SimulatedPeer.AUDITOR;
import static dev.anchor.chaincode.contract.SimulatedPeer.DISTRIBUTOR;
import static dev.anchor.chaincode.contract.SimulatedPeer.MANUFACTURER;
import static dev.anchor.chaincode.contract.SimulatedPeer.eventKey;
import static dev.anchor.chaincode.contract.SimulatedPeer.inboxKey;
import static org.assertj.core.api.Assertions.assertThat;

import dev.anchor.chaincode.contract.SimulatedPeer.EmittedEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChaincodeEventsTest {

    private final SimulatedPeer peer = new SimulatedPeer();

    @Test
    void everyWriteEmitsOneEventNamedByTypeCarryingTheStoredBytes() {
        peer.produce("PEAR-001");
        assertThat(peer.emitted).hasSize(1);
        peer.initiate(MANUFACTURER, "PEAR-001", DISTRIBUTOR);
        assertThat(peer.emitted).hasSize(2);
        peer.reject(DISTRIBUTOR, "PEAR-001", "Late");
        assertThat(peer.emitted).hasSize(3);
        peer.initiate(MANUFACTURER, "PEAR-001", DISTRIBUTOR);
        peer.accept(DISTRIBUTOR, "PEAR-001");

        List<String> names = peer.emitted.stream().map(EmittedEvent::name).toList();
        assertThat(names).containsExactly("PRODUCED", "HANDOFF_INITIATED", "HANDOFF_REJECTED", "HANDOFF_INITIATED",
                "HANDOFF_ACCEPTED");
        for (int seq = 1; seq <= 5; seq++) {
            assertThat(peer.emitted.get(seq - 1).payload()).isEqualTo(peer.state.get(eventKey("PEAR-001", seq)));
        }
    }

    @Test
    void readsEmitNothing() {
        peer.produce("PEAR-001");
        peer.as(AUDITOR);

        peer.contract.GetBatch(peer.ctx, "PEAR-001");
        peer.contract.GetProvenance(peer.ctx, "PEAR-001");

        assertThat(peer.emitted).hasSize(1);
    }

    @Test
    void aWriteStoresExactlyOneEventAndTheBatchAndItsIndexEntries() {
        peer.produce("PEAR-001");
        int keysBefore = peer.state.size();

        peer.initiate(MANUFACTURER, "PEAR-001", DISTRIBUTOR);

        assertThat(peer.state).hasSize(keysBefore + 2).containsKey(eventKey("PEAR-001", 2))
                .containsKey(inboxKey(DISTRIBUTOR, "batch", "PEAR-001"));
    }
}
