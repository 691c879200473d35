package dev.anchor.chaincode.contract;

import static dev.anchor.chaincode.contract.SimulatedPeer.DISTRIBUTOR;
import static dev.anchor.chaincode.contract.SimulatedPeer.MANUFACTURER;
import static dev.anchor.chaincode.contract.SimulatedPeer.json;
import static dev.anchor.chaincode.contract.SimulatedPeer.requestKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.anchor.chaincode.domain.request.RequestId;
import dev.anchor.chaincode.domain.request.RequestRecord;
import dev.anchor.chaincode.domain.shared.Sha256;
import dev.anchor.chaincode.ledger.RequestJson;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.hyperledger.fabric.contract.annotation.Transaction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Request ids as transaction ids: a write with a request id runs only with the transaction id the id derives, and
 * reads and writes nothing for it (Fabric's duplicate check refuses the second transaction); GetRequest still
 * answers the records of before.
 */
class RequestIdTest {

    private static final String[] PEARS = {"PEAR-001", "09506000134352", "Conference pears", "1200", "kg", "Orchard Lane"};

    private final SimulatedPeer peer = new SimulatedPeer();

    private String produce() {
        return peer.contract.RecordProduction(peer.ctx, PEARS[0], PEARS[1], PEARS[2], PEARS[3], PEARS[4], PEARS[5]);
    }

    @Test
    void aWriteWithItsDerivedTransactionIdRunsAndTouchesNoRequestKey() {
        peer.as(MANUFACTURER).withRequest("req-1", "RecordProduction", PEARS);
        clearInvocations(peer.stub);

        JsonNode batch = json(produce());

        assertThat(batch.get("batchId").asText()).isEqualTo("PEAR-001");
        assertThat(peer.txId()).isEqualTo(peer.derivedTxId("req-1", 0)).matches("[0-9a-f]{64}");
        assertThat(peer.state.keySet()).noneMatch(key -> key.startsWith("\u0000request\u0000"));
        // What RecordProduction costs the peer: the batch's read, the event, the batch and its holding entry.
        verify(peer.stub, times(1)).getState(anyString());
        verify(peer.stub, times(3)).putState(anyString(), org.mockito.ArgumentMatchers.any());
    }

    @Test
    void aRequestIdThatDoesNotDeriveTheTransactionIdIsRefusedWithNothingWritten() {
        peer.as(MANUFACTURER).withRequest("req-1", "RecordProduction", PEARS).withTxId("a-random-transaction-id");
        Map<String, byte[]> before = new TreeMap<>(peer.state);

        String message = peer.refused("INVALID_INPUT", this::produce);

        assertThat(message).contains("req-1").contains("a-random-transaction-id");
        assertThat(peer.state.keySet()).isEqualTo(before.keySet());
        assertThat(peer.emitted).isEmpty();
    }

    @Test
    void anotherIdentitysTransactionIdIsNotThisCallersOne() {
        peer.as(MANUFACTURER);
        String manufacturers = peer.derivedTxId("shared-id", 0);
        peer.produce("PEAR-001");
        peer.initiate(MANUFACTURER, "PEAR-001", DISTRIBUTOR);

        peer.as(DISTRIBUTOR).withRequest("shared-id", "AcceptHandoff", "PEAR-001");
        assertThat(peer.txId()).isNotEqualTo(manufacturers);
        peer.withTxId(manufacturers);
        peer.refused("INVALID_INPUT", () -> peer.contract.AcceptHandoff(peer.ctx, "PEAR-001"));

        peer.as(DISTRIBUTOR).withRequest("shared-id", "AcceptHandoff", "PEAR-001");
        peer.contract.AcceptHandoff(peer.ctx, "PEAR-001");
        assertThat(peer.batch("PEAR-001").get("custodian").asText()).isEqualTo(DISTRIBUTOR);
    }

    @Test
    void aLaterGenerationDerivesItsOwnTransactionId() {
        peer.as(MANUFACTURER).withRequestGeneration("req-1", "2");
        assertThat(peer.txId()).isEqualTo(peer.derivedTxId("req-1", 2)).isNotEqualTo(peer.derivedTxId("req-1", 0));

        produce();

        assertThat(peer.batch("PEAR-001").get("eventCount").asInt()).isEqualTo(1);
        // The generation's entry with the transaction id of generation 0: refused.
        peer.as(MANUFACTURER).withRequestGeneration("req-2", "1").withTxId(peer.derivedTxId("req-2", 0));
        peer.refused("INVALID_INPUT", () -> peer.contract.RecordProduction(peer.ctx, "PEAR-002", PEARS[1], PEARS[2],
                PEARS[3], PEARS[4], PEARS[5]));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "01", "1000", "-1", "x", ""})
    void aMalformedGenerationIsRefused(String generation) {
        peer.as(MANUFACTURER).withRequestGeneration("req-1", generation).withTxId(peer.derivedTxId("req-1", 0));
        assertThat(peer.refused("INVALID_INPUT", this::produce)).contains("generation");
        assertThat(peer.state).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "has space", "new\nline", "ünïcode", "semi;colon"})
    void aMalformedRequestIdIsRefused(String requestId) {
        peer.as(MANUFACTURER).withRequest(requestId, "RecordProduction", PEARS);
        peer.refused("INVALID_INPUT", this::produce);
        assertThat(peer.state).isEmpty();
    }

    @Test
    void aRequestIdIsAtMost128Characters() {
        peer.as(MANUFACTURER).withRequest("r".repeat(128), "RecordProduction", PEARS);
        produce();
        peer.as(MANUFACTURER).withRequest("r".repeat(129), "RecordProduction", PEARS);
        peer.refused("INVALID_INPUT", () -> peer.contract.RecordProduction(peer.ctx, "PEAR-002", PEARS[1], PEARS[2],
                PEARS[3], PEARS[4], PEARS[5]));
    }

    @Test
    void aWriteWithoutARequestIdRunsAsItIs() {
        peer.produce("PEAR-001");
        assertThat(peer.batch("PEAR-001").get("eventCount").asInt()).isEqualTo(1);
    }

    @Test
    void getRequestAnswersTheRecordsOfBeforeToTheirOwnOrganisationOnly() {
        RequestRecord record = new RequestRecord(new RequestId("req-1"), "RecordProduction",
                Sha256.of(new byte[] {1}), "tx-first", Instant.parse("2026-11-25T15:00:00Z"), "{\"batchId\":\"PEAR-001\"}");
        peer.state.put(requestKey(MANUFACTURER, "req-1"), RequestJson.encodeRequest(record));

        JsonNode answer = json(peer.as(MANUFACTURER).contract.GetRequest(peer.ctx, "req-1"));
        assertThat(answer.get("txId").asText()).isEqualTo("tx-first");
        assertThat(answer.get("result").asText()).isEqualTo("{\"batchId\":\"PEAR-001\"}");

        peer.as(DISTRIBUTOR);
        peer.refused("REQUEST_NOT_FOUND", () -> peer.contract.GetRequest(peer.ctx, "req-1"));
        peer.as(MANUFACTURER);
        peer.refused("REQUEST_NOT_FOUND", () -> peer.contract.GetRequest(peer.ctx, "req-2"));
        peer.refused("INVALID_INPUT", () -> peer.contract.GetRequest(peer.ctx, "not an id"));
    }

    /**
     * BenchmarkFloor, the benchmark's cheapest write, is not part of the supply chain; the writes of private terms
     * are endorsed by the two parties' peers only and take no request id (docs/private-terms.md).
     */
    private static final Set<String> WITHOUT_REQUEST_ID = Set.of("BenchmarkFloor", "BenchmarkBulkFloor", "AttachHandoffTerms",
            "PurgeHandoffTerms", "ApproveMember");

    static Stream<Method> submitTransactions() {
        return Arrays.stream(AnchorContract.class.getMethods())
                .filter(m -> m.isAnnotationPresent(Transaction.class)
                        && m.getAnnotation(Transaction.class).intent() == Transaction.TYPE.SUBMIT
                        && !WITHOUT_REQUEST_ID.contains(m.getName()));
    }

    /**
     * Every supply-chain write, including ones added later, checks the request id before anything but the role: one
     * that does not derive the transaction id is refused whatever the arguments, with nothing written.
     */
    @ParameterizedTest
    @MethodSource("submitTransactions")
    void everyWriteRefusesARequestIdThatDoesNotDeriveItsTransactionId(Method transaction) {
        peer.produce("x");
        Map<String, byte[]> before = new TreeMap<>(peer.state);
        peer.as(MANUFACTURER).withRequest("done-1", transaction.getName()).withTxId("tx-not-derived");

        Object[] invocation = new Object[transaction.getParameterCount()];
        invocation[0] = peer.ctx;
        for (int i = 1; i < invocation.length; i++) {
            invocation[i] = "x";
        }
        peer.refused("INVALID_INPUT", () -> {
            try {
                transaction.invoke(peer.contract, invocation);
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause();
            }
        });
        assertThat(peer.state.keySet()).isEqualTo(before.keySet());
    }
}
