package dev.anchor.chaincode.contract;

import static dev.anchor.chaincode.contract.SimulatedPeer.DISTRIBUTOR;
import static dev.anchor.chaincode.contract.SimulatedPeer.MANUFACTURER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Endorsing peers must agree byte for byte: the same proposals give the same writes and answers. */
class DeterminismTest {

    @Test
    void twoPeersEndorsingTheSameProposalsWriteTheSameBytes() {
        SimulatedPeer first = new SimulatedPeer();
        trade(first);
        SimulatedPeer second = new SimulatedPeer();
        trade(second);

        Map<String, byte[]> a = first.snapshot();
        Map<String, byte[]> b = second.snapshot();
        assertThat(a.keySet()).isEqualTo(b.keySet()).hasSize(7);
        a.forEach((key, value) -> assertThat(b.get(key)).as(key).isEqualTo(value));
        assertThat(first.contract.GetProvenance(first.ctx, "PEAR-001"))
                .isEqualTo(second.contract.GetProvenance(second.ctx, "PEAR-001"));
    }

    @Test
    void aDifferentTimestampGivesADifferentHash() {
        SimulatedPeer first = new SimulatedPeer();
        SimulatedPeer later = new SimulatedPeer();
        later.as(MANUFACTURER); // one transaction later: other tx id and timestamp

        String a = first.produce("PEAR-001").get("lastEventHash").asText();
        String b = later.produce("PEAR-001").get("lastEventHash").asText();

        assertThat(a).isNotEqualTo(b);
    }

    private static void trade(SimulatedPeer peer) {
        peer.produce("PEAR-001");
        peer.initiate(MANUFACTURER, "PEAR-001", DISTRIBUTOR);
        peer.reject(DISTRIBUTOR, "PEAR-001", "Pallet damaged");
        peer.initiate(MANUFACTURER, "PEAR-001", DISTRIBUTOR);
    }
}
