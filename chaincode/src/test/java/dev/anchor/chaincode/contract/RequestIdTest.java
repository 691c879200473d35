package dev.anchor.chaincode.contract;

import static dev.anchor.chaincode.contract.SimulatedPeer.DISTRIBUTOR;
import dev.anchor.chaincode.ledger.RequestJson;
import static dev.anchor.chaincode.contract.SimulatedPeer.MANUFACTURER;
import static dev.anchor.chaincode.contract.SimulatedPeer.batchKey;
import static dev.anchor.chaincode.contract.SimulatedPeer.json;
import static dev.anchor.chaincode.contract.SimulatedPeer.requestKey;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.anchor.chaincode.domain.request.RequestFingerprint;
import dev.anchor.chaincode.domain.request.RequestId;
import dev.anchor.chaincode.domain.request.RequestRecord;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.hyperledger.fabric.contract.annotation.Transaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Exactly-once writes: the request id in the transient map, DUPLICATE_REQUEST, and GetRequest. */
class RequestIdTest {

    private static final String[] PEARS = {"PEAR-001", "09506000134352", "Conference pears", "1200", "kg", "Orchard Lane"};

    private final SimulatedPeer peer = new SimulatedPeer();

    private String produce(String requestId, String... arguments) {
        peer.as(MANUFACTURER).withRequest(requestId, "RecordProduction", arguments);
        return peer.contract.RecordProduction(peer.ctx, arguments[0], arguments[1], arguments[2], arguments[3],
                arguments[4], arguments[5]);
    }

    private JsonNode getRequest(String as, String requestId) {
        return json(peer.as(as).contract.GetRequest(peer.ctx, requestId));
    }

    @Test
    void aWriteWithARequestIdRecordsItsTransactionAndAnswerUnderTheCallersOrganisation() {
        String answer = produce("req-1", PEARS);
        String txId = peer.txId();

        JsonNode record = json(peer.stateText(requestKey(MANUFACTURER, "req-1")));
        assertThat(record.get("requestId").asText()).isEqualTo("req-1");
        assertThat(record.get("function").asText()).isEqualTo("RecordProduction");
        assertThat(record.get("txId").asText()).isEqualTo(txId);
        assertThat(record.get("timestamp").asText()).isEqualTo(peer.txTime().toString());
        assertThat(record.get("result").asText()).isEqualTo(answer);
        assertThat(record.get("fingerprint").asText()).matches("[0-9a-f]{64}");
    }

    @Test
    void theSameRequestAgainIsRefusedAndGetRequestGivesTheFirstAnswer() {
        String first = produce("req-1", PEARS);
        String firstTx = peer.txId();

        peer.as(MANUFACTURER).withRequest("req-1", "RecordProduction", PEARS);
        String message = peer.refused("DUPLICATE_REQUEST", () -> peer.contract.RecordProduction(peer.ctx, PEARS[0],
                PEARS[1], PEARS[2], PEARS[3], PEARS[4], PEARS[5]));

        assertThat(message).contains("req-1").contains(firstTx);
        JsonNode record = getRequest(MANUFACTURER, "req-1");
        assertThat(record.get("txId").asText()).isEqualTo(firstTx);
        assertThat(record.get("result").asText()).isEqualTo(first);
        assertThat(peer.batch("PEAR-001").get("eventCount").asInt()).isEqualTo(1);
    }

    @Test
    void aRetriedStepIsADuplicateEvenWhenItsBusinessRuleWouldNowRefuseIt() {
        peer.produce("PEAR-001");
        peer.initiate(MANUFACTURER, "PEAR-001", DISTRIBUTOR);
        peer.as(DISTRIBUTOR).withRequest("accept-1", "AcceptHandoff", "PEAR-001");
        peer.contract.AcceptHandoff(peer.ctx, "PEAR-001");

        peer.as(DISTRIBUTOR).withRequest("accept-1", "AcceptHandoff", "PEAR-001");
        peer.refused("DUPLICATE_REQUEST", () -> peer.contract.AcceptHandoff(peer.ctx, "PEAR-001"));

        peer.as(DISTRIBUTOR).withRequest("accept-2", "AcceptHandoff", "PEAR-001");
        peer.refused("NO_PENDING_HANDOFF", () -> peer.contract.AcceptHandoff(peer.ctx, "PEAR-001"));
    }

    @Test
    void anIdUsedForAnotherRequestIsRefusedAsReused() {
        produce("req-1", PEARS);
        String[] other = PEARS.clone();
        other[0] = "PEAR-002";

        peer.as(MANUFACTURER).withRequest("req-1", "RecordProduction", other);
        String message = peer.refused("REQUEST_ID_REUSED", () -> peer.contract.RecordProduction(peer.ctx, other[0],
                other[1], other[2], other[3], other[4], other[5]));

        assertThat(message).contains("RecordProduction");
        assertThat(peer.state).doesNotContainKey(batchKey("PEAR-002"));
    }

    @Test
    void organisationsHaveTheirOwnRequestIds() {
        produce("shared-id", PEARS);
        peer.initiate(MANUFACTURER, "PEAR-001", DISTRIBUTOR);

        peer.as(DISTRIBUTOR).withRequest("shared-id", "AcceptHandoff", "PEAR-001");
        peer.contract.AcceptHandoff(peer.ctx, "PEAR-001");

        assertThat(peer.state).containsKeys(requestKey(MANUFACTURER, "shared-id"), requestKey(DISTRIBUTOR, "shared-id"));
        assertThat(getRequest(DISTRIBUTOR, "shared-id").get("function").asText()).isEqualTo("AcceptHandoff");
        assertThat(getRequest(MANUFACTURER, "shared-id").get("function").asText()).isEqualTo("RecordProduction");
    }

    @Test
    void aRefusedRequestRecordsNothingSoItsIdMaySucceedLater() {
        peer.produce("PEAR-001");
        peer.as(DISTRIBUTOR).withRequest("accept-1", "AcceptHandoff", "PEAR-001");
        peer.refused("NO_PENDING_HANDOFF", () -> peer.contract.AcceptHandoff(peer.ctx, "PEAR-001"));
        peer.initiate(MANUFACTURER, "PEAR-001", DISTRIBUTOR);

        peer.as(DISTRIBUTOR).withRequest("accept-1", "AcceptHandoff", "PEAR-001");
        peer.contract.AcceptHandoff(peer.ctx, "PEAR-001");

        assertThat(peer.state).containsKey(requestKey(DISTRIBUTOR, "accept-1"));
    }

    @Test
    void aWriteWithoutARequestIdRecordsNone() {
        peer.produce("PEAR-001");
        assertThat(peer.state.keySet()).noneMatch(key -> key.startsWith("\u0000request\u0000"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "has space", "new\nline", "ünïcode", "semi;colon"})
    void aMalformedRequestIdIsRefused(String requestId) {
        peer.as(MANUFACTURER).withRequest(requestId, "RecordProduction", PEARS);
        peer.refused("INVALID_INPUT", () -> peer.contract.RecordProduction(peer.ctx, PEARS[0], PEARS[1], PEARS[2],
                PEARS[3], PEARS[4], PEARS[5]));
    }

    @Test
    void aRequestIdIsAtMost128Characters() {
        produce("r".repeat(128), PEARS);
        String[] other = PEARS.clone();
        other[0] = "PEAR-002";
        peer.as(MANUFACTURER).withRequest("r".repeat(129), "RecordProduction", other);
        peer.refused("INVALID_INPUT", () -> peer.contract.RecordProduction(peer.ctx, other[0], other[1], other[2],
                other[3], other[4], other[5]));
    }

    @Test
    void getRequestKnowsOnlyTheCallersOwnCommittedRequests() {
        produce("req-1", PEARS);

        peer.as(DISTRIBUTOR);
        peer.refused("REQUEST_NOT_FOUND", () -> peer.contract.GetRequest(peer.ctx, "req-1"));
        peer.as(MANUFACTURER);
        peer.refused("REQUEST_NOT_FOUND", () -> peer.contract.GetRequest(peer.ctx, "req-2"));
        peer.refused("INVALID_INPUT", () -> peer.contract.GetRequest(peer.ctx, "not an id"));
    }

    /**
     * BenchmarkFloor, the benchmark's cheapest write, is not part of the supply chain; the writes of private terms
     * write nothing public (a request record would put the transaction under the channel's endorsement policy, which
     * needs peers that must not see the terms: docs/private-terms.md).
     */
    private static final Set<String> WITHOUT_REQUEST_ID = Set.of("BenchmarkFloor", "AttachHandoffTerms",
            "PurgeHandoffTerms", "ApproveMember");

    static Stream<Method> submitTransactions() {
        return Arrays.stream(AnchorContract.class.getMethods())
                .filter(m -> m.isAnnotationPresent(Transaction.class)
                        && m.getAnnotation(Transaction.class).intent() == Transaction.TYPE.SUBMIT
                        && !WITHOUT_REQUEST_ID.contains(m.getName()));
    }

    /**
     * Every supply-chain write, including ones added later, takes the request id before anything else: a request
     * already recorded is refused with DUPLICATE_REQUEST whatever its arguments ({@link #WITHOUT_REQUEST_ID} are
     * exempt).
     */
    @ParameterizedTest
    @MethodSource("submitTransactions")
    void everyWriteRefusesARequestThatAlreadyCommitted(Method transaction) throws Exception {
        List<String> arguments = new ArrayList<>(Collections.nCopies(transaction.getParameterCount() - 1, "x"));
        List<byte[]> proposal = new ArrayList<>();
        proposal.add(transaction.getName().getBytes(StandardCharsets.UTF_8));
        arguments.forEach(a -> proposal.add(a.getBytes(StandardCharsets.UTF_8)));
        peer.state.put(requestKey(MANUFACTURER, "done-1"), RequestJson.encodeRequest(new RequestRecord(
                new RequestId("done-1"), transaction.getName(), RequestFingerprint.of(proposal), "tx-first",
                Instant.parse("2026-11-25T15:00:00Z"), "{}")));
        peer.as(MANUFACTURER).withRequest("done-1", transaction.getName(), arguments.toArray(String[]::new));

        Object[] invocation = new Object[transaction.getParameterCount()];
        invocation[0] = peer.ctx;
        for (int i = 1; i < invocation.length; i++) {
            invocation[i] = arguments.get(i - 1);
        }
        peer.refused("DUPLICATE_REQUEST", () -> {
            try {
                transaction.invoke(peer.contract, invocation);
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }
}
