package dev.anchor.chaincode.contract;

import static dev.anchor.chaincode.contract.SimulatedPeer.AUDITOR;
import static dev.anchor.chaincode.contract.SimulatedPeer.DISTRIBUTOR;
import static dev.anchor.chaincode.contract.SimulatedPeer.MANUFACTURER;
import static dev.anchor.chaincode.contract.SimulatedPeer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two pear batches pressed into juice, the juice bottled twice, one bottle batch handed to the distributor; and an
 * unrelated apple batch that no trace may touch.
 */
class TraceTest {

    private final SimulatedPeer peer = new SimulatedPeer();

    @BeforeEach
    void juiceStory() {
        peer.produce("PEAR-1");
        peer.produce("PEAR-2");
        peer.produce("APPLE-1");
        peer.transform("JUICE-1", "PEAR-1:600", "PEAR-2:400");
        peer.transform("BOTTLES-1", "JUICE-1:200");
        peer.transform("BOTTLES-2", "JUICE-1:300");
        peer.transform("CIDER-1", "APPLE-1:100");
        peer.initiate(MANUFACTURER, "BOTTLES-2", DISTRIBUTOR);
        peer.accept(DISTRIBUTOR, "BOTTLES-2");
        peer.as(AUDITOR);
    }

    private JsonNode forward(String batchId) {
        return json(peer.contract.TraceForward(peer.ctx, batchId));
    }

    private JsonNode back(String batchId) {
        return json(peer.contract.TraceBack(peer.ctx, batchId));
    }

    @Test
    void forwardReachesEveryDescendantAndWhereItIs() {
        JsonNode graph = forward("PEAR-1");

        assertThat(graph.get("direction").asText()).isEqualTo("forward");
        assertThat(graph.get("root").asText()).isEqualTo("PEAR-1");
        assertThat(ids(graph.get("nodes"))).containsExactly("PEAR-1", "JUICE-1", "BOTTLES-1", "BOTTLES-2");
        assertThat(field(graph.get("nodes"), "depth")).containsExactly("0", "1", "2", "2");
        assertThat(field(graph.get("nodes"), "custodian"))
                .containsExactly(MANUFACTURER, MANUFACTURER, MANUFACTURER, DISTRIBUTOR);
        assertThat(edges(graph)).containsExactly("PEAR-1>JUICE-1:600", "JUICE-1>BOTTLES-1:200", "JUICE-1>BOTTLES-2:300");
        assertThat(graph.get("nodes").get(1).get("remaining").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void backReachesEveryAncestor() {
        JsonNode graph = back("BOTTLES-2");

        assertThat(graph.get("direction").asText()).isEqualTo("back");
        assertThat(ids(graph.get("nodes"))).containsExactly("BOTTLES-2", "JUICE-1", "PEAR-1", "PEAR-2");
        assertThat(edges(graph)).containsExactly("JUICE-1>BOTTLES-2:300", "PEAR-1>JUICE-1:600", "PEAR-2>JUICE-1:400");
    }

    @Test
    void aBatchWithoutLinksIsItsOwnTrace() {
        assertThat(ids(back("PEAR-1").get("nodes"))).containsExactly("PEAR-1");
        assertThat(back("PEAR-1").get("edges")).isEmpty();
        assertThat(ids(forward("BOTTLES-1").get("nodes"))).containsExactly("BOTTLES-1");
    }

    @Test
    void aBatchReachedTwiceIsListedOnce() {
        peer.transform("BLEND-1", "BOTTLES-1:1", "PEAR-2:1");
        peer.as(AUDITOR);

        JsonNode graph = back("BLEND-1");

        assertThat(ids(graph.get("nodes"))).containsExactly("BLEND-1", "BOTTLES-1", "PEAR-2", "JUICE-1", "PEAR-1");
        assertThat(graph.get("edges")).hasSize(5);
    }

    @Test
    void aTraceReadsOnlyTheKeysOfItsAnswerAndWritesNothing() {
        clearInvocations(peer.stub);
        peer.rangeStarts.clear();

        forward("PEAR-1");

        // The bottles are leaves: nothing was consumed of them, so their (empty) link ranges are not read. Each
        // batch below the root comes with its link, as the copy of its state under its input: only the root is a key.
        assertThat(peer.rangeStarts).containsExactly("\u0000output\u0000PEAR-1\u0000", "\u0000output\u0000JUICE-1\u0000");
        verify(peer.stub, times(1)).getState(anyString());
        verify(peer.stub, times(2)).getStateByPartialCompositeKey(any(CompositeKey.class));
        verify(peer.stub, never()).putState(anyString(), any());
        verify(peer.stub, never()).setEvent(anyString(), any());
        assertThat(peer.openRanges).isZero();
    }

    @Test
    void aDeepChainIsTracedWithoutRecursion() {
        String previous = "PEAR-2";
        peer.produce("DEEP-0");
        previous = "DEEP-0";
        for (int depth = 1; depth <= 60; depth++) {
            peer.transform("DEEP-" + depth, previous + ":1");
            previous = "DEEP-" + depth;
        }
        peer.as(AUDITOR);

        JsonNode graph = back(previous);

        assertThat(graph.get("nodes")).hasSize(61);
        assertThat(graph.get("nodes").get(60).get("depth").asInt()).isEqualTo(60);
        assertThat(forward("DEEP-0").get("nodes")).hasSize(61);
    }

    @Test
    void tracingAnUnknownOrMalformedBatchIsRefused() {
        peer.refused("BATCH_NOT_FOUND", () -> peer.contract.TraceForward(peer.ctx, "PEAR-9"));
        peer.refused("BATCH_NOT_FOUND", () -> peer.contract.TraceBack(peer.ctx, "PEAR-9"));
        peer.refused("INVALID_INPUT", () -> peer.contract.TraceBack(peer.ctx, "PEAR 9"));
    }

    private static List<String> ids(JsonNode nodes) {
        return field(nodes, "batchId");
    }

    private static List<String> field(JsonNode nodes, String name) {
        List<String> values = new ArrayList<>();
        nodes.forEach(node -> values.add(node.get(name).asText()));
        return values;
    }

    private static List<String> edges(JsonNode graph) {
        List<String> edges = new ArrayList<>();
        graph.get("edges").forEach(edge -> edges.add(edge.get("input").asText() + ">" + edge.get("output").asText()
                + ":" + edge.get("quantity").asText()));
        return edges;
    }
}
