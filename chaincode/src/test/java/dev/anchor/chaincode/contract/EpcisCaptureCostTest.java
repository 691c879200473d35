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
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * What one captured event costs in calls from the chaincode to its peer (each a gRPC message each way, the cost
 * that bounds capture throughput: docs/benchmarks.md, "EPCIS capture"). The event is the benchmark round's: one
 * EPC, one quantity of an LGTIN class, a read point, a location, a step and a disposition. The world state keeps
 * the record and the links to batches, no query index (data-model.md, "EPCIS events"): an earlier version wrote
 * ten index entries more per event of this kind, 12 calls in all.
 */
class EpcisCaptureCostTest {
    /** The stub methods that go to the peer; the others (tx id, timestamp, arguments) are local to the shim. */
    private static final Set<String> PEER_CALLS = Set.of("getState", "putState", "delState",
            "getStateByPartialCompositeKey", "getStateByPartialCompositeKeyWithPagination", "getStateByRange");
    private static final String PEAR_DL = "https://id.gs1.org/01/09506000134352/10/PEAR-1/21/";

    @Test
    void eachNewEventCostsOneReadAndOneWrite() {
        int ten = callsToCapture(10, 0, EpcisCaptureCostTest::sgtin, false);
        int twenty = callsToCapture(20, 1_000, EpcisCaptureCostTest::sgtin, false);

        // The duplicate check (getState of epcis+eventId), then the record (putState). The LGTIN class names no
        // batch that exists; it is looked up once per transaction, so it is in both counts alike.
        assertThat((twenty - ten) / 10.0).isEqualTo(2.0);
        assertThat(ten).isEqualTo(10 * 2 + 1);
    }

    @Test
    void eachBatchAnEventNamesCostsOneWriteMore() {
        int ten = callsToCapture(10, 0, EpcisCaptureCostTest::unitOfPear, true);
        int twenty = callsToCapture(20, 1_000, EpcisCaptureCostTest::unitOfPear, true);

        // The duplicate check, the record and the link epcis-batch+PEAR-1+time+eventId that GetEpcisEventsOfBatch
        // reads. The batch is read once per transaction, whatever the number of events that name it.
        assertThat((twenty - ten) / 10.0).isEqualTo(3.0);
    }

    @Test
    void aDuplicateCostsOneReadAndANewEventTwoCalls() {
        SimulatedPeer peer = new SimulatedPeer();
        String first = capture(10, 0, EpcisCaptureCostTest::sgtin);
        peer.as(DISTRIBUTOR).contract.CaptureEpcisEvents(peer.ctx, first);
        clearInvocations(peer.stub);

        peer.as(DISTRIBUTOR).contract.CaptureEpcisEvents(peer.ctx, first);
        int again = peerCalls(peer);
        peer.as(DISTRIBUTOR).contract.CaptureEpcisEvents(peer.ctx, capture(10, 2_000, EpcisCaptureCostTest::sgtin));
        int fresh = peerCalls(peer) - again;

        // A duplicate: the duplicate check alone (exactly-once by event hash), nothing written, no batch looked up.
        assertThat(again).isEqualTo(10);
        // New events: the check and the record each, and the LGTIN's batch looked up once.
        assertThat(fresh).isEqualTo(10 * 2 + 1);
    }

    private static String sgtin(int serial) {
        return "\"urn:epc:id:sgtin:0614141.107346." + serial + "\"";
    }

    private static String unitOfPear(int serial) {
        return "\"" + PEAR_DL + serial + "\"";
    }

    private static int callsToCapture(int events, int firstSerial, IntFunction<String> epc, boolean withPearBatch) {
        SimulatedPeer peer = new SimulatedPeer();
        if (withPearBatch) {
            peer.produce("PEAR-1");
        }
        clearInvocations(peer.stub);
        peer.as(DISTRIBUTOR).contract.CaptureEpcisEvents(peer.ctx, capture(events, firstSerial, epc));
        return peerCalls(peer);
    }

    private static String capture(int events, int firstSerial, IntFunction<String> epc) {
        List<String> idAndEvent = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            idAndEvent.add(id(firstSerial + i + 1));
            idAndEvent.add(shipping(epc.apply(firstSerial + i)));
        }
        return argument(idAndEvent.toArray(String[]::new));
    }

    private static int peerCalls(SimulatedPeer peer) {
        return (int) mockingDetails(peer.stub).getInvocations().stream()
                .filter(call -> PEER_CALLS.contains(call.getMethod().getName())).count();
    }
}
