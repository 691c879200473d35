package dev.anchor.chaincode.contract;

import static dev.anchor.chaincode.contract.EpcisCaptureTest.argument;
import static dev.anchor.chaincode.contract.EpcisCaptureTest.id;
import static dev.anchor.chaincode.contract.EpcisCaptureTest.shipping;
import static dev.anchor.chaincode.contract.SimulatedPeer.DISTRIBUTOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mockingDetails;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What one captured event costs in calls from the chaincode to its peer (each a gRPC message each way, the cost
 * that bounds capture throughput: docs/benchmarks.md, "EPCIS capture"). The event is the benchmark round's: one
 * EPC, one quantity of an LGTIN class, a read point, a location, a step and a disposition.
 */
class EpcisCaptureCostTest {
    /** The stub methods that go to the peer; the others (tx id, timestamp, arguments) are local to the shim. */
    private static final Set<String> PEER_CALLS = Set.of("getState", "putState", "delState",
            "getStateByPartialCompositeKey", "getStateByPartialCompositeKeyWithPagination", "getStateByRange");

    @Test
    void eachNewEventCostsOneReadAndElevenWrites() {
        int ten = callsToCapture(10, 0);
        int twenty = callsToCapture(20, 1_000);

        // The duplicate check, then the record and 10 index entries: time, type, step, disposition, location,
        // read point, EPC, any EPC, class, any class. The LGTIN's batch is looked up once per transaction.
        assertThat((twenty - ten) / 10.0).isEqualTo(12.0);
    }

    @Test
    void aDuplicateCostsOneReadAndANewEventTwelveCalls() {
        SimulatedPeer peer = new SimulatedPeer();
        String first = capture(10, 0);
        peer.as(DISTRIBUTOR).contract.CaptureEpcisEvents(peer.ctx, first);
        clearInvocations(peer.stub);

        peer.as(DISTRIBUTOR).contract.CaptureEpcisEvents(peer.ctx, first);
        int again = peerCalls(peer);
        peer.as(DISTRIBUTOR).contract.CaptureEpcisEvents(peer.ctx, capture(10, 2_000));
        int fresh = peerCalls(peer) - again;

        assertThat(again).isEqualTo(10);
        assertThat(fresh).isEqualTo(10 * 12 + 1);
    }

    private static int callsToCapture(int events, int firstSerial) {
        SimulatedPeer peer = new SimulatedPeer();
        clearInvocations(peer.stub);
        peer.as(DISTRIBUTOR).contract.CaptureEpcisEvents(peer.ctx, capture(events, firstSerial));
        return peerCalls(peer);
    }

    private static String capture(int events, int firstSerial) {
        List<String> idAndEvent = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            idAndEvent.add(id(firstSerial + i + 1));
            idAndEvent.add(shipping("\"urn:epc:id:sgtin:0614141.107346." + (firstSerial + i) + "\""));
        }
        return argument(idAndEvent.toArray(String[]::new));
    }

    private static int peerCalls(SimulatedPeer peer) {
        return (int) mockingDetails(peer.stub).getInvocations().stream()
                .filter(call -> PEER_CALLS.contains(call.getMethod().getName())).count();
    }
}
