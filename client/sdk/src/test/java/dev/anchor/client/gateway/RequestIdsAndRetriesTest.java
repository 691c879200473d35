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

    private MockedContract mocked;
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
        mocked = new MockedContract(BATCH);
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
        client = new GatewayAnchorClient(contract, null, mocked.requests, Organization.DISTRIBUTOR, "127.0.0.1:8051", null, POLICY,
                listener, pauses::add);
    }

    private List<String> sentRequestIds() {
        ArgumentCaptor<byte[]> ids = ArgumentCaptor.forClass(byte[].class);
        verify(builder, org.mockito.Mockito.atLeastOnce()).putTransient(eq("requestId"), ids.capture());
        return ids.getAllValues().stream().map(b -> new String(b, StandardCharsets.UTF_8)).toList();
    }

    private static EndorseException refusal(String code) {
        return new EndorseException("tx-x", gatewayError(Code.ABORTED, "failed to endorse transaction",
                "chaincode response 500, " + code + ": no"));
    }

    /** What the gateway's peer answers a proposal whose transaction id its ledger holds. */
    private static EndorseException duplicateTransaction() {
        return new EndorseException("tx-1", gatewayError(Code.ABORTED,
                "failed to endorse transaction, see attached details for more info",
                "duplicate transaction found [tx-1]. Creator [0a0f]"));
    }

    /** The ledger's transaction of the accept of PEAR-001, answering {@code answer}. */
    private void committed(String transactionId, TxValidationCode code, String answer, String... call) {
        mocked.ledger.put(transactionId, new CommittedTransaction(transactionId, code,
                call.length == 0 ? List.of("AcceptHandoff", "PEAR-001") : List.of(call), answer));
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
        // The invalidated transaction spent its id: the retry is the request's next generation.
        assertThat(mocked.generations).containsExactly(0, 1, 0);
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
        when(proposal.getTransactionId()).thenReturn("tx-1");
        when(submitted.getStatus()).thenThrow(new CommitStatusException("tx-1",
                io.grpc.Status.UNAVAILABLE.withDescription("connection lost").asRuntimeException()));
        when(proposal.endorse()).thenReturn(transaction).thenThrow(duplicateTransaction());
        committed("tx-1", TxValidationCode.VALID, BATCH);

        Receipt receipt = client.withRequestId("r").acceptHandoff("PEAR-001");

        assertThat(receipt.transactionId()).isEqualTo("tx-1");
        assertThat(receipt.batch().custodian()).isEqualTo("DistributorMSP");
        assertThat(receipt.batch().eventCount()).isEqualTo(3);
        verify(transaction, times(1)).submitAsync();
        verify(contract, times(1)).newProposal("AcceptHandoff");
        assertThat(heard).containsExactly("retry AcceptHandoff r #1 UNAVAILABLE", "duplicate AcceptHandoff r tx-1");
        assertThat(pauses).singleElement().satisfies(p -> assertThat(p).isBetween(Duration.ofMillis(50),
                Duration.ofMillis(100)));
    }

    @Test
    void aDuplicateWhoseTransactionThisPeerLacksYetIsTriedAgain() throws Exception {
        when(proposal.endorse()).thenThrow(duplicateTransaction());

        TransactionRefusedException e = catchThrowableOfType(TransactionRefusedException.class,
                () -> client.acceptHandoff("PEAR-001"));

        assertThat(e.errorCode()).isEqualTo(ErrorCode.DUPLICATE_REQUEST);
        assertThat(e.getMessage()).contains("tx-1").contains("cannot read back");
        verify(proposal, times(POLICY.maxAttempts())).endorse();
        assertThat(pauses).hasSize(POLICY.maxAttempts() - 1);
        assertThat(mocked.generations).containsExactly(0);
    }

    @Test
    void aRequestWhoseFirstTransactionWasInvalidatedMovesToItsNextGeneration() throws Exception {
        when(proposal.getTransactionId()).thenReturn("tx-1", "tx-2");
        when(proposal.endorse()).thenThrow(duplicateTransaction()).thenReturn(transaction);
        committed("tx-1", TxValidationCode.MVCC_READ_CONFLICT, "{}");

        Receipt receipt = client.withRequestId("r").acceptHandoff("PEAR-001");

        assertThat(receipt.transactionId()).isEqualTo("tx-2");
        assertThat(mocked.generations).containsExactly(0, 1);
        verify(builder).putTransient("requestGeneration", "1".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aCallersOwnIdIsAnsweredWithTheLedgersFirstTransactionWhenAnotherClientsCommittedFirst() throws Exception {
        String theirs = BATCH.replace("\"eventCount\":3", "\"eventCount\":3,\"at\":\"earlier\"");
        committed("tx-1", TxValidationCode.VALID, theirs);

        Receipt receipt = client.withRequestId("r").acceptHandoff("PEAR-001");

        assertThat(receipt.transactionId()).isEqualTo("tx-1");
        assertThat(receipt.batch().json()).contains("earlier");
        assertThat(heard).containsExactly("duplicate AcceptHandoff r tx-1");
    }

    @Test
    void aCallersOwnIdWhoseTransactionIsItsOwnIsNoDuplicate() throws Exception {
        committed("tx-1", TxValidationCode.VALID, BATCH);

        Receipt receipt = client.withRequestId("r").acceptHandoff("PEAR-001");

        assertThat(receipt.transactionId()).isEqualTo("tx-1");
        assertThat(heard).isEmpty();
    }

    @Test
    void aNewRandomIdIsNotLookedUpAfterItsFirstAttemptCommitted() throws Exception {
        committed("tx-1", TxValidationCode.VALID, "{\"batchId\":\"other\"}");

        Receipt receipt = client.acceptHandoff("PEAR-001");

        assertThat(receipt.batch().batchId()).isEqualTo("PEAR-001");
        assertThat(heard).isEmpty();
    }

    @Test
    void aBusinessRefusalIsNeverRetried() throws Exception {
        when(proposal.endorse()).thenThrow(refusal("NO_PENDING_HANDOFF"));

        TransactionRefusedException e = catchThrowableOfType(TransactionRefusedException.class,
                () -> client.acceptHandoff("PEAR-001"));

        assertThat(e.errorCode()).isEqualTo(ErrorCode.NO_PENDING_HANDOFF);
        verify(proposal, times(1)).endorse();
        assertThat(mocked.generations).containsExactly(0);
        assertThat(pauses).isEmpty();
        assertThat(heard).isEmpty();
    }

    @Test
    void anIdUsedForAnotherRequestIsNotRetried() throws Exception {
        when(proposal.endorse()).thenThrow(duplicateTransaction());
        committed("tx-1", TxValidationCode.VALID, "{}", "RecordProduction", "PEAR-001", "09506000134352");

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
        GatewayAnchorClient once = new GatewayAnchorClient(contract, null, mocked.requests, Organization.DISTRIBUTOR, "p", null,
                RetryPolicy.none(), SubmitListener.NONE, pauses::add);
        when(proposal.endorse()).thenThrow(new EndorseException("tx-1", io.grpc.Status.UNAVAILABLE.asRuntimeException()));

        catchThrowableOfType(NetworkUnavailableException.class, () -> once.acceptHandoff("PEAR-001"));

        verify(proposal, times(1)).endorse();
        assertThat(pauses).isEmpty();
    }
}
