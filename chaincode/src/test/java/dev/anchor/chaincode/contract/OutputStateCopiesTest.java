package dev.anchor.chaincode.contract;

import static dev.anchor.chaincode.contract.SimulatedPeer.AUDITOR;
import dev.anchor.chaincode.ledger.ProvenanceJson;
import static dev.anchor.chaincode.contract.SimulatedPeer.DISTRIBUTOR;
import static dev.anchor.chaincode.contract.SimulatedPeer.MANUFACTURER;
import static dev.anchor.chaincode.contract.SimulatedPeer.RETAILER;
import static dev.anchor.chaincode.contract.SimulatedPeer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchor.chaincode.domain.custody.Batch;
import dev.anchor.chaincode.domain.provenance.ProvenanceEvent;
import dev.anchor.chaincode.domain.shared.BatchId;
import dev.anchor.chaincode.ledger.CanonicalJson;
import dev.anchor.chaincode.ledger.FabricBatchLedger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * The entry of a link under its input ({@code output}+input+output) carries a copy of the output batch's state
 * (data-model.md, "Keys"): it must equal the batch's state after every kind of write, and it spares a trace forward
 * one key per batch.
 */
class OutputStateCopiesTest {

    private static final String OUTPUT_PREFIX = "\u0000output\u0000";
    private static final String PEAR_GTIN = "09506000134352";
    private static final String JUICE_GTIN = "09506000134369";
    private static final String PALLET = AggregationTest.PALLET;
    private static final String HASH = "a".repeat(64);

    private final SimulatedPeer peer = new SimulatedPeer();

    /** Every output-link entry holds the link (as its input-side entry does) and its output's state, exactly. */
    private void everyCopyIsCurrent() {
        List<String> outputKeys = new ArrayList<>();
        for (Map.Entry<String, byte[]> entry : peer.state.entrySet()) {
            if (!entry.getKey().startsWith(OUTPUT_PREFIX)) {
                continue;
            }
            outputKeys.add(entry.getKey());
            String[] parts = entry.getKey().split("\u0000");
            String input = parts[2];
            String output = parts[3];
            ObjectNode value = (ObjectNode) json(entry.getValue());
            assertThat(value.get("outputState")).as("copy of %s under %s", output, input)
                    .isEqualTo(json(peer.stateText(SimulatedPeer.batchKey(output))));
            value.remove("outputState");
            assertThat(value).as("link %s>%s", input, output)
                    .isEqualTo(json(peer.stateText(SimulatedPeer.inputKey(output, input))));
        }
        assertThat(peer.state.keySet()).filteredOn(key -> key.startsWith("\u0000input\u0000")).hasSameSizeAs(outputKeys);
    }

    private JsonNode capture(String argument) {
        return json(peer.as(MANUFACTURER).contract.CaptureEpcisEvents(peer.ctx, argument));
    }

    private static String dl(String gtin, String batchId) {
        return "\"https://id.gs1.org/01/" + gtin + "/10/" + batchId + "\"";
    }

    private void juice(String batchId) {
        peer.as(MANUFACTURER).contract.RecordProduction(peer.ctx, batchId, JUICE_GTIN, "Pear juice", "500", "l",
                "Press house");
    }

    @Test
    void everyCopyEqualsItsBatchAfterEveryKindOfWrite() {
        peer.produce("PEAR-1");
        peer.produce("PEAR-2");
        peer.produce("PEAR-3");
        peer.transform("JUICE-1", "PEAR-1:600", "PEAR-2:400");
        everyCopyIsCurrent();
        peer.transform("BOTTLES-1", "JUICE-1:200");
        peer.transform("BOTTLES-2", "JUICE-1:100", "PEAR-1:100");
        everyCopyIsCurrent();

        peer.initiate(MANUFACTURER, "BOTTLES-1", DISTRIBUTOR);
        everyCopyIsCurrent();
        peer.reject(DISTRIBUTOR, "BOTTLES-1", "Wrong address");
        everyCopyIsCurrent();
        peer.initiate(MANUFACTURER, "BOTTLES-1", DISTRIBUTOR);
        peer.accept(DISTRIBUTOR, "BOTTLES-1");
        everyCopyIsCurrent();

        peer.pack(DISTRIBUTOR, PALLET, "BOTTLES-1");
        everyCopyIsCurrent();
        peer.as(DISTRIBUTOR).contract.InitiateHandoff(peer.ctx, PALLET, RETAILER);
        peer.as(RETAILER).contract.AcceptHandoff(peer.ctx, PALLET);
        everyCopyIsCurrent();
        peer.unpack(RETAILER, PALLET);
        everyCopyIsCurrent();
        peer.as(RETAILER).contract.AttachEvidence(peer.ctx, "BOTTLES-1", HASH, "text/plain", "12", "");
        everyCopyIsCurrent();

        // Captured TransformationEvents link existing batches afterwards; in one call, MIX-1 is the output of one
        // link and the input of another, and keeps both marks.
        juice("CIDER-1");
        capture(EpcisCaptureTest.argument(EpcisCaptureTest.id(1), EpcisCaptureTest.transformation(
                dl(PEAR_GTIN, "PEAR-3"), "", dl(JUICE_GTIN, "CIDER-1"))));
        everyCopyIsCurrent();
        juice("MIX-1");
        juice("MIX-2");
        capture(EpcisCaptureTest.argument(
                EpcisCaptureTest.id(2), EpcisCaptureTest.transformation(dl(JUICE_GTIN, "CIDER-1"), "",
                        dl(JUICE_GTIN, "MIX-1")),
                EpcisCaptureTest.id(3), EpcisCaptureTest.transformation(dl(JUICE_GTIN, "MIX-1"), "",
                        dl(JUICE_GTIN, "MIX-2"))));
        everyCopyIsCurrent();
        assertThat(peer.batch("MIX-1").get("inputsLinked").asBoolean()).isTrue();
        assertThat(peer.batch("MIX-1").get("outputsLinked").asBoolean()).isTrue();
        // A link to a transformation's output that already has inputs.
        capture(EpcisCaptureTest.argument(EpcisCaptureTest.id(4), EpcisCaptureTest.transformation(
                dl(JUICE_GTIN, "MIX-1"), "", dl(JUICE_GTIN, "JUICE-1"))));
        everyCopyIsCurrent();

        peer.recall(MANUFACTURER, "PEAR-1", "Listeria in lab sample 4711");
        everyCopyIsCurrent();
        peer.as(RETAILER).contract.AcknowledgeRecall(peer.ctx, "BOTTLES-1");
        everyCopyIsCurrent();
        peer.recall(MANUFACTURER, "PEAR-3", "Mould");
        everyCopyIsCurrent();
        assertThat(peer.batch("MIX-2").get("recall").get("recallOf").asText()).isEqualTo("PEAR-3");
    }

    /** ROOT made into 30 batches, each made into 3 more. */
    private void wideGraph() {
        peer.produce("ROOT");
        for (int i = 0; i < 30; i++) {
            peer.transform("C-" + i, "ROOT:1");
            for (int j = 0; j < 3; j++) {
                peer.transform("C-" + i + "-" + j, "C-" + i + ":1");
            }
        }
        peer.as(AUDITOR);
    }

    @Test
    void aForwardTraceOfAWideGraphReadsOneRangePerParentAndNoKeyPerChild() {
        wideGraph();
        clearInvocations(peer.stub);

        JsonNode graph = json(peer.contract.TraceForward(peer.ctx, "ROOT"));

        assertThat(graph.get("nodes")).hasSize(121);
        assertThat(graph.get("edges")).hasSize(120);
        verify(peer.stub, times(1)).getState(anyString());
        verify(peer.stub, times(31)).getStateByPartialCompositeKey(any(CompositeKey.class));
        verify(peer.stub, never()).putState(anyString(), any());
        assertThat(peer.openRanges).isZero();
    }

    @Test
    void entriesWithoutACopyFromAnEarlierLedgerAreReadBatchByBatchWithTheSameAnswer() {
        wideGraph();
        String withCopies = peer.contract.TraceForward(peer.ctx, "ROOT");
        for (Map.Entry<String, byte[]> entry : peer.state.entrySet()) {
            if (entry.getKey().startsWith(OUTPUT_PREFIX)) {
                ObjectNode link = (ObjectNode) json(entry.getValue());
                link.remove("outputState");
                entry.setValue(new CanonicalJson().encode(link));
            }
        }
        clearInvocations(peer.stub);

        String withoutCopies = peer.contract.TraceForward(peer.ctx, "ROOT");

        assertThat(withoutCopies).isEqualTo(withCopies);
        verify(peer.stub, times(121)).getState(anyString());
        verify(peer.stub, times(31)).getStateByPartialCompositeKey(any(CompositeKey.class));
    }

    @Test
    void aBatchMadeFromNothingCostsNoExtraCallAndAMadeOneOneRangeAndOneKeyPerInput() {
        peer.produce("PEAR-1");
        peer.produce("PEAR-2");
        clearInvocations(peer.stub);
        peer.initiate(MANUFACTURER, "PEAR-1", DISTRIBUTOR);
        verify(peer.stub, never()).getStateByPartialCompositeKey(any(CompositeKey.class));
        verify(peer.stub, never()).putState(argThat(key -> key.startsWith(OUTPUT_PREFIX)), any());

        peer.transform("JUICE-1", "PEAR-2:600");
        clearInvocations(peer.stub);
        peer.initiate(MANUFACTURER, "JUICE-1", DISTRIBUTOR);
        verify(peer.stub, times(1)).getStateByPartialCompositeKey(any(CompositeKey.class));
        verify(peer.stub, times(1)).putState(argThat(key -> key.startsWith(OUTPUT_PREFIX)), any());
        everyCopyIsCurrent();
    }

    @Test
    void theBytesARecallCountsForABatchIncludeItsCopies() {
        peer.produce("PEAR-1");
        peer.produce("PEAR-2");
        peer.transform("JUICE-1", "PEAR-1:600", "PEAR-2:400");
        peer.as(MANUFACTURER);
        CanonicalJson json = new CanonicalJson();
        FabricBatchLedger ledger = new FabricBatchLedger(peer.stub);
        Batch juice = ledger.existingBatch(new BatchId("JUICE-1"));
        ProvenanceEvent first = ProvenanceJson.decodeEvent(peer.state.get(SimulatedPeer.eventKey("JUICE-1", 1)));
        ProvenanceEvent next = new ProvenanceEvent(first.actor(), first.batchId(), first.details(), "b".repeat(64),
                first.hash(), 2, first.timestamp(), "tx-next", first.type(),
                first.actorSubject());
        Batch after = new Batch(juice.batchId(), juice.custodian(), 2, juice.gtin(), next.hash(), null, null,
                juice.producedAt(), juice.producer(), juice.productName(), juice.quantity(), juice.site(), juice.unit(),
                juice.remaining(), null, false, true);
        clearInvocations(peer.stub);

        long counted = ledger.bytesToStore(after, next);
        ledger.store(after, next);

        ArgumentCaptor<String> keys = ArgumentCaptor.forClass(String.class);
        ArgumentCaptor<byte[]> values = ArgumentCaptor.forClass(byte[].class);
        verify(peer.stub, times(4)).putState(keys.capture(), values.capture());
        long written = 0;
        for (int i = 0; i < keys.getAllValues().size(); i++) {
            written += keys.getAllValues().get(i).getBytes(StandardCharsets.UTF_8).length + values.getAllValues().get(i).length;
        }
        assertThat(counted).isEqualTo(written);
        assertThat(keys.getAllValues()).filteredOn(key -> key.startsWith(OUTPUT_PREFIX)).hasSize(2);
        verify(peer.stub, times(1)).getStateByPartialCompositeKey(any(CompositeKey.class));
    }
}
