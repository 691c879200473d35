package dev.anchor.client.gateway;

import com.google.rpc.Code;
import dev.anchor.client.AnchorClient;
import dev.anchor.client.AnchorException;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.NetworkUnavailableException;
import dev.anchor.client.Organization;
import dev.anchor.client.Receipt;
import dev.anchor.client.TransactionRefusedException;
import dev.anchor.client.request.RetryPolicy;
import dev.anchor.client.request.SubmitListener;
import dev.anchor.client.wire.AnchorJson;
import org.hyperledger.fabric.client.CommitStatusException;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.EndorseException;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.Proposal;
import org.hyperledger.fabric.client.Status;
import org.hyperledger.fabric.client.SubmittedTransaction;
import org.hyperledger.fabric.client.Transaction;
import org.hyperledger.fabric.protos.peer.TxValidationCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static dev.anchor.client.gateway.GatewayErrorsTest.gatewayError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Request ids on every write, the retry policy, and a retry that finds its request already committed. */
class RequestIdsAndRetriesTest {
    private static final String BATCH = "{\"batchId\":\"PEAR-001\",\"custodian\":\"DistributorMSP\",\"eventCount\":3}";
    private static final RetryPolicy POLICY = RetryPolicy.builder().maxAttempts(4).initialDelay(Duration.ofMillis(100))
            .maxDelay(Duration.ofMillis(250)).build();

    private Contract contract;
    private Proposal.Builder builder;
    private Proposal proposal;
    private Transaction transaction;
    private SubmittedTransaction submitted;
    private Status status;
    private final List<Duration> pauses = new ArrayList<>();
    private final List<String> heard = new ArrayList<>();
    private GatewayAnchorClient client;

    @BeforeEach
    void setUp() throws Exception {
        MockedContract mocked = new MockedContract(BATCH);
        contract = mocked.contract;
        builder = mocked.builder;
        proposal = mocked.proposal;
        transaction = mocked.transaction;
        submitted = mocked.submitted;
        status = mocked.status;
        when(proposal.getTransactionId()).thenReturn("tx-1", "tx-2", "tx-3", "tx-4");
        SubmitListener listener = new SubmitListener() {
            @Override
            public void retrying(String function, String requestId, int failedAttempt, AnchorException failure,
                                 Duration pause) {
                heard.add("retry " + function + " " + requestId + " #" + failedAttempt + " " + failure.errorCode());
            }

            @Override
            public void duplicate(String function, String requestId, String firstTransactionId) {
                heard.add("duplicate " + function + " " + requestId + " " + firstTransactionId);
            }
        };
        client = new GatewayAnchorClient(contract, null, Organization.DISTRIBUTOR, "127.0.0.1:8051", null, POLICY,
                listener, pauses::add);
    }

    private List<String> sentRequestIds() {
        ArgumentCaptor<byte[]> ids = ArgumentCaptor.forClass(byte[].class);
        verify(builder, org.mockito.Mockito.atLeastOnce()).putTransient(eq("requestId"), ids.capture());
        return ids.getAllValues().stream().map(b -> new String(b, StandardCharsets.UTF_8)).toList();
    }

    private static EndorseException refusal(String code) {
        return new EndorseException("tx-x", gatewayError(Code.ABORTED, "failed to endorse transaction",
                "chaincode response 500, " + code + ": request \"r\" was already committed in transaction tx-1"));
    }

    @Test
    void everyCallCarriesANewRequestIdAndEveryAttemptOfOneCallTheSameOne() throws Exception {
        when(status.isSuccessful()).thenReturn(false, true, true);
        when(status.getCode()).thenReturn(TxValidationCode.MVCC_READ_CONFLICT, TxValidationCode.VALID);

        client.acceptHandoff("PEAR-001");
        client.acceptHandoff("PEAR-001");

        List<String> ids = sentRequestIds();
        assertThat(ids).hasSize(3);
        assertThat(ids.get(0)).isEqualTo(ids.get(1)).matches("[0-9a-f-]{36}");
        assertThat(ids.get(2)).isNotEqualTo(ids.get(0)).matches("[0-9a-f-]{36}");
    }

    @Test
    void aCallersOwnRequestIdIsSentOnEveryWriteOfItsView() {
        AnchorClient once = client.withRequestId("order-42:accept");
        once.acceptHandoff("PEAR-001");

        assertThat(sentRequestIds()).containsExactly("order-42:accept");
        assertThat(catchThrowableOfType(AnchorException.class, () -> client.withRequestId("not an id")).errorCode())
                .isEqualTo(ErrorCode.INVALID_INPUT);
    }

    @Test
    void aRetryAfterALostCommitStatusGetsTheFirstCommitsReceipt() throws Exception {
        when(submitted.getStatus()).thenThrow(new CommitStatusException("tx-1",
                io.grpc.Status.UNAVAILABLE.withDescription("connection lost").asRuntimeException()));
        when(proposal.endorse()).thenReturn(transaction).thenThrow(refusal("DUPLICATE_REQUEST"));
        String record = "{\"fingerprint\":\"" + "a".repeat(64) + "\",\"function\":\"AcceptHandoff\",\"requestId\":\"r\","
                + "\"result\":" + AnchorJson.MAPPER.writeValueAsString(BATCH) + ",\"timestamp\":\"2026-11-25T15:02:11Z\","
                + "\"txId\":\"tx-1\"}";
        when(contract.evaluateTransaction(eq("GetRequest"), anyString()))
                .thenReturn(record.getBytes(StandardCharsets.UTF_8));

        Receipt receipt = client.withRequestId("r").acceptHandoff("PEAR-001");

        assertThat(receipt.transactionId()).isEqualTo("tx-1");
        assertThat(receipt.batch().custodian()).isEqualTo("DistributorMSP");
        assertThat(receipt.batch().eventCount()).isEqualTo(3);
        verify(contract).evaluateTransaction("GetRequest", "r");
        verify(transaction, times(1)).submitAsync();
        assertThat(heard).containsExactly("retry AcceptHandoff r #1 UNAVAILABLE", "duplicate AcceptHandoff r tx-1");
        assertThat(pauses).singleElement().satisfies(p -> assertThat(p).isBetween(Duration.ofMillis(50),
                Duration.ofMillis(100)));
    }

    @Test
    void aDuplicateWhoseRecordThisPeerLacksYetIsTriedAgain() throws Exception {
        when(proposal.endorse()).thenThrow(refusal("DUPLICATE_REQUEST"));
        when(contract.evaluateTransaction(eq("GetRequest"), anyString())).thenThrow(new GatewayException(
                gatewayError(Code.UNKNOWN, "chaincode response 500, REQUEST_NOT_FOUND: none")));

        TransactionRefusedException e = catchThrowableOfType(TransactionRefusedException.class,
                () -> client.acceptHandoff("PEAR-001"));

        assertThat(e.errorCode()).isEqualTo(ErrorCode.DUPLICATE_REQUEST);
        verify(proposal, times(POLICY.maxAttempts())).endorse();
        assertThat(pauses).hasSize(POLICY.maxAttempts() - 1);
    }

    @Test
    void aBusinessRefusalIsNeverRetried() throws Exception {
        when(proposal.endorse()).thenThrow(refusal("NO_PENDING_HANDOFF"));

        TransactionRefusedException e = catchThrowableOfType(TransactionRefusedException.class,
                () -> client.acceptHandoff("PEAR-001"));

        assertThat(e.errorCode()).isEqualTo(ErrorCode.NO_PENDING_HANDOFF);
        verify(proposal, times(1)).endorse();
        verify(contract, never()).evaluateTransaction(eq("GetRequest"), anyString());
        assertThat(pauses).isEmpty();
        assertThat(heard).isEmpty();
    }

    @Test
    void anIdUsedForAnotherRequestIsNotRetried() throws Exception {
        when(proposal.endorse()).thenThrow(refusal("REQUEST_ID_REUSED"));

        assertThat(catchThrowableOfType(TransactionRefusedException.class,
                () -> client.withRequestId("r").acceptHandoff("PEAR-001")).errorCode())
                .isEqualTo(ErrorCode.REQUEST_ID_REUSED);
        verify(proposal, times(1)).endorse();
    }

    @Test
    void anUnavailablePeerIsRetriedWithGrowingBoundedPausesThenGivenUp() throws Exception {
        when(proposal.endorse()).thenThrow(new EndorseException("tx-1",
                io.grpc.Status.UNAVAILABLE.withDescription("connection refused").asRuntimeException()));

        NetworkUnavailableException e = catchThrowableOfType(NetworkUnavailableException.class,
                () -> client.acceptHandoff("PEAR-001"));

        assertThat(e.transactionId()).isPresent();
        verify(proposal, times(4)).endorse();
        assertThat(pauses).hasSize(3);
        for (int i = 0; i < pauses.size(); i++) {
            Duration ceiling = POLICY.ceilingAfter(i + 1);
            assertThat(pauses.get(i)).isBetween(ceiling.dividedBy(2), ceiling);
        }
        assertThat(pauses).allSatisfy(p -> assertThat(p).isLessThanOrEqualTo(POLICY.maxDelay()));
        assertThat(heard).hasSize(3).allMatch(h -> h.startsWith("retry AcceptHandoff "));
    }

    @Test
    void aReadConflictIsRetriedAsANewTransactionThatCommits() throws Exception {
        when(status.isSuccessful()).thenReturn(false, true);
        when(status.getCode()).thenReturn(TxValidationCode.PHANTOM_READ_CONFLICT, TxValidationCode.VALID);

        Receipt receipt = client.acceptHandoff("PEAR-001");

        assertThat(receipt.transactionId()).isEqualTo("tx-2");
        verify(transaction, times(2)).submitAsync();
        assertThat(heard).singleElement().asString().contains("#1 COMMIT_FAILED");
    }

    @Test
    void noRetriesUnderThePolicyOfOneAttempt() throws Exception {
        GatewayAnchorClient once = new GatewayAnchorClient(contract, null, Organization.DISTRIBUTOR, "p", null,
                RetryPolicy.none(), SubmitListener.NONE, pauses::add);
        when(proposal.endorse()).thenThrow(new EndorseException("tx-1", io.grpc.Status.UNAVAILABLE.asRuntimeException()));

        catchThrowableOfType(NetworkUnavailableException.class, () -> once.acceptHandoff("PEAR-001"));

        verify(proposal, times(1)).endorse();
        assertThat(pauses).isEmpty();
    }
}
