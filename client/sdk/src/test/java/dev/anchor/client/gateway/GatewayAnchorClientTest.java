package dev.anchor.client.gateway;

import com.google.rpc.Code;
import dev.anchor.client.AnchorException;
import dev.anchor.client.CommitFailedException;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.NetworkUnavailableException;
import dev.anchor.client.Organization;
import dev.anchor.client.Receipt;
import dev.anchor.client.TransactionRefusedException;
import dev.anchor.client.custody.ProductionRecord;
import dev.anchor.client.evidence.EvidenceRecord;
import dev.anchor.client.lineage.Consumption;
import dev.anchor.client.lineage.RecallReport;
import dev.anchor.model.lineage.BatchLink;
import dev.anchor.client.lineage.TraceGraph;
import dev.anchor.model.lineage.TraceNode;
import dev.anchor.client.lineage.TransformationRecord;
import dev.anchor.client.provenance.TestChain;
import dev.anchor.client.request.RetryPolicy;
import dev.anchor.client.request.SubmitListener;
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

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class GatewayAnchorClientTest {
    private static final String BATCH = "{\"batchId\":\"PEAR-001\",\"custodian\":\"ManufacturerMSP\",\"eventCount\":1,"
            + "\"quantity\":1200.5,\"unit\":\"kg\"}";

    private Contract contract;
    private Proposal.Builder builder;
    private Proposal proposal;
    private Transaction transaction;
    private SubmittedTransaction submitted;
    private Status status;
    private AutoCloseable resources;
    private GatewayAnchorClient client;
    private final List<Duration> pauses = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        MockedContract mocked = new MockedContract(BATCH);
        contract = mocked.contract;
        builder = mocked.builder;
        proposal = mocked.proposal;
        transaction = mocked.transaction;
        submitted = mocked.submitted;
        status = mocked.status;
        resources = mock(AutoCloseable.class);
        client = new GatewayAnchorClient(contract, null, mocked.requests, Organization.MANUFACTURER, "127.0.0.1:7051", resources,
                RetryPolicy.DEFAULT, SubmitListener.NONE, pauses::add);
    }

    @Test
    void recordProductionEndorsesSubmitsAndWaitsForTheCommit() throws Exception {
        Receipt receipt = client.recordProduction(new ProductionRecord("PEAR-001", "09506000134352",
                "Conference pears", new BigDecimal("1200.5"), "kg", "Orchard Lane"));

        verify(contract).newProposal("RecordProduction");
        verify(builder).addArguments("PEAR-001", "09506000134352", "Conference pears", "1200.5", "kg", "Orchard Lane");
        verify(submitted).getStatus();
        assertThat(receipt.transactionId()).isEqualTo("tx-1");
        assertThat(receipt.batch().batchId()).isEqualTo("PEAR-001");
        assertThat(receipt.batch().quantity()).isEqualTo(new BigDecimal("1200.5"));
    }

    @Test
    void quantitiesArePassedInPlainNotation() {
        client.recordProduction(new ProductionRecord("B", "09506000134352", "p", new BigDecimal("1.2E+3"), "kg", "s"));
        verify(builder).addArguments("B", "09506000134352", "p", "1200", "kg", "s");
    }

    @Test
    void handoffPassesTheRecipientsMspId() {
        client.initiateHandoff("PEAR-001", Organization.RETAILER);
        client.acceptHandoff("PEAR-001");
        client.rejectHandoff("PEAR-001", "damaged");

        verify(contract).newProposal("InitiateHandoff");
        verify(builder).addArguments("PEAR-001", "RetailerMSP");
        verify(contract).newProposal("AcceptHandoff");
        verify(builder).addArguments("PEAR-001");
        verify(contract).newProposal("RejectHandoff");
        verify(builder).addArguments("PEAR-001", "damaged");
    }

    @Test
    void transformPassesTheInputsAsJsonAndTheOutputsFields() {
        client.transform(new TransformationRecord(List.of(Consumption.parse("PEAR-1:600"),
                new Consumption("PEAR-2", new BigDecimal("4.0E+2"))),
                new ProductionRecord("JUICE-1", "09506000134369", "Pear juice", new BigDecimal("500"), "l", "Press")));

        verify(contract).newProposal("TransformBatches");
        verify(builder).addArguments("[{\"batchId\":\"PEAR-1\",\"quantity\":\"600\"},{\"batchId\":\"PEAR-2\",\"quantity\":\"400\"}]",
                "JUICE-1", "09506000134369", "Pear juice", "500", "l", "Press");
    }

    @Test
    void recallAcknowledgementAndEvidenceAreSubmitted() {
        client.recall("PEAR-2", "Listeria");
        client.acknowledgeRecall("PEAR-2");
        client.attachEvidence(new EvidenceRecord("PEAR-2", "ab".repeat(32), "application/pdf", 42, Optional.empty()));

        verify(contract).newProposal("RecallBatch");
        verify(builder).addArguments("PEAR-2", "Listeria");
        verify(contract).newProposal("AcknowledgeRecall");
        verify(builder).addArguments("PEAR-2");
        verify(contract).newProposal("AttachEvidence");
        verify(builder).addArguments("PEAR-2", "ab".repeat(32), "application/pdf", "42", "");
    }

    @Test
    void evidenceNotFoundIsEmptyAndOtherRefusalsStay() throws Exception {
        when(contract.evaluateTransaction("GetEvidence", "PEAR-2", "ab".repeat(32))).thenThrow(new GatewayException(
                GatewayErrorsTest.gatewayError(Code.UNKNOWN, "chaincode response 500, EVIDENCE_NOT_FOUND: none")));
        when(contract.evaluateTransaction("GetEvidence", "PEAR-2", "xyz")).thenThrow(new GatewayException(
                GatewayErrorsTest.gatewayError(Code.UNKNOWN, "chaincode response 500, INVALID_INPUT: bad hash")));

        assertThat(client.findEvidence("PEAR-2", "ab".repeat(32))).isEmpty();
        assertThat(catchThrowableOfType(TransactionRefusedException.class, () -> client.findEvidence("PEAR-2", "xyz"))
                .errorCode()).isEqualTo(ErrorCode.INVALID_INPUT);
    }

    @Test
    void tracesAndReportsAreEvaluated() throws Exception {
        String trace = "{\"direction\":\"forward\",\"edges\":[{\"input\":\"P\",\"output\":\"J\",\"quantity\":600,"
                + "\"txId\":\"t\",\"unit\":\"kg\"}],\"nodes\":[{\"batchId\":\"P\",\"custodian\":\"ManufacturerMSP\",\"depth\":0,"
                + "\"remaining\":600},{\"batchId\":\"J\",\"custodian\":\"RetailerMSP\",\"depth\":1,\"pendingTo\":\"DistributorMSP\"}],"
                + "\"root\":\"P\"}";
        when(contract.evaluateTransaction("TraceForward", "P")).thenReturn(trace.getBytes(StandardCharsets.UTF_8));
        when(contract.evaluateTransaction("TraceBack", "J")).thenReturn(trace.getBytes(StandardCharsets.UTF_8));

        TraceGraph graph = client.traceForward("P");

        assertThat(graph.root()).isEqualTo("P");
        assertThat(graph.direction()).isEqualTo("forward");
        assertThat(graph.nodes()).extracting(TraceNode::batchId).containsExactly("P", "J");
        assertThat(graph.nodes().get(1).depth()).isEqualTo(1);
        assertThat(graph.nodes().get(1).pendingTo()).isEqualTo("DistributorMSP");
        assertThat(graph.nodes().get(0).remaining()).isEqualByComparingTo("600");
        assertThat(graph.edges()).containsExactly(new BatchLink("P", "J", new BigDecimal("600"), "t", "kg"));
        assertThat(client.traceBack("J").json()).isEqualTo(trace);
    }

    @Test
    void aRecallReportHasTheRecallAndEveryAffectedBatch() throws Exception {
        String report = "{\"affected\":[{\"batchId\":\"P\",\"custodian\":\"ManufacturerMSP\",\"depth\":0,"
                + "\"recall\":{\"reason\":\"Listeria\",\"recallOf\":\"P\",\"recalledAt\":\"2026-11-25T15:01:58.020Z\","
                + "\"recalledBy\":\"ManufacturerMSP\",\"txId\":\"t\",\"acknowledgedBy\":\"ManufacturerMSP\","
                + "\"acknowledgedAt\":\"2026-11-25T15:02:00Z\"}}],\"edges\":[],"
                + "\"recall\":{\"reason\":\"Listeria\",\"recallOf\":\"P\",\"recalledAt\":\"2026-11-25T15:01:58.020Z\","
                + "\"recalledBy\":\"ManufacturerMSP\",\"txId\":\"t\"}}";
        when(contract.evaluateTransaction("GetRecallReport", "P")).thenReturn(report.getBytes(StandardCharsets.UTF_8));

        RecallReport r = client.recallReport("P");

        assertThat(r.recall().recallOf()).isEqualTo("P");
        assertThat(r.recall().acknowledgedBy()).isNull();
        assertThat(r.affected()).singleElement().satisfies(node -> {
            assertThat(node.recall().acknowledgedBy()).isNotNull();
            assertThat(node.custodian()).isEqualTo("ManufacturerMSP");
        });
    }

    @Test
    void refusalAtEndorsementCarriesCodeAndTransactionId() throws Exception {
        when(proposal.endorse()).thenThrow(new EndorseException("tx-1", GatewayErrorsTest.gatewayError(Code.ABORTED,
                "failed to endorse transaction, see attached details for more info",
                "chaincode response 500, NOT_RECIPIENT: the pending handoff of PEAR-001 is to RetailerMSP")));

        TransactionRefusedException e = catchThrowableOfType(TransactionRefusedException.class,
                () -> client.acceptHandoff("PEAR-001"));

        assertThat(e.errorCode()).isEqualTo(ErrorCode.NOT_RECIPIENT);
        assertThat(e.transactionId()).contains("tx-1");
        assertThat(e.getMessage()).isEqualTo("the pending handoff of PEAR-001 is to RetailerMSP");
        verify(transaction, never()).submitAsync();
    }

    @Test
    void disagreeingEndorsementsAreEndorsedAgainWithTheSameProposal() throws Exception {
        EndorseException mismatch = new EndorseException("tx-1", GatewayErrorsTest.gatewayError(Code.ABORTED,
                "failed to collect enough transaction endorsements, see attached details for more info",
                "ProposalResponsePayloads do not match"));
        when(proposal.endorse()).thenThrow(mismatch).thenReturn(transaction);

        Receipt receipt = client.acceptHandoff("PEAR-001");

        assertThat(receipt.transactionId()).isEqualTo("tx-1");
        verify(proposal, times(2)).endorse();
        verify(contract, times(1)).newProposal("AcceptHandoff");
        assertThat(pauses).hasSize(1);
    }

    @Test
    void endorsementsThatKeepDisagreeingFailAfterTheLastAttempt() throws Exception {
        when(proposal.endorse()).thenThrow(new EndorseException("tx-1", GatewayErrorsTest.gatewayError(Code.ABORTED,
                "failed to collect enough transaction endorsements", "ProposalResponsePayloads do not match")));

        AnchorException e = catchThrowableOfType(AnchorException.class, () -> client.acceptHandoff("PEAR-001"));

        assertThat(e.transactionId()).contains("tx-1");
        verify(proposal, times(RetryPolicy.DEFAULT.maxAttempts())).endorse();
        verify(transaction, never()).submitAsync();
    }

    @Test
    void invalidatedCommitBecomesCommitFailed() throws Exception {
        when(status.isSuccessful()).thenReturn(false);
        when(status.getCode()).thenReturn(TxValidationCode.ENDORSEMENT_POLICY_FAILURE);

        CommitFailedException e = catchThrowableOfType(CommitFailedException.class,
                () -> client.acceptHandoff("PEAR-001"));

        assertThat(e.errorCode()).isEqualTo(ErrorCode.COMMIT_FAILED);
        assertThat(e.validationCode()).isEqualTo("ENDORSEMENT_POLICY_FAILURE");
        assertThat(e.transactionId()).contains("tx-1");
        assertThat(e.getMessage()).contains("tx-1").contains("ENDORSEMENT_POLICY_FAILURE");
        verify(transaction, times(1)).submitAsync();
    }

    @Test
    void readConflictsThatLastEndAsCommitFailedAfterTheLastAttempt() throws Exception {
        when(status.isSuccessful()).thenReturn(false);
        when(status.getCode()).thenReturn(TxValidationCode.MVCC_READ_CONFLICT);

        CommitFailedException e = catchThrowableOfType(CommitFailedException.class,
                () -> client.acceptHandoff("PEAR-001"));

        assertThat(e.validationCode()).isEqualTo("MVCC_READ_CONFLICT");
        assertThat(e.getMessage()).contains("MVCC_READ_CONFLICT");
        verify(transaction, times(RetryPolicy.DEFAULT.maxAttempts())).submitAsync();
    }

    @Test
    void lostCommitStatusIsUnavailableWithTheTransactionId() throws Exception {
        when(submitted.getStatus()).thenThrow(new CommitStatusException("tx-1",
                io.grpc.Status.UNAVAILABLE.withDescription("connection lost").asRuntimeException()));

        NetworkUnavailableException e = catchThrowableOfType(NetworkUnavailableException.class,
                () -> client.acceptHandoff("PEAR-001"));

        assertThat(e.transactionId()).contains("tx-1");
        assertThat(e.getMessage()).contains("may still commit");
    }

    @Test
    void readsEvaluateOnePeer() throws Exception {
        when(contract.evaluateTransaction("GetBatch", "PEAR-001")).thenReturn(BATCH.getBytes(StandardCharsets.UTF_8));
        when(contract.evaluateTransaction("GetProvenance", "PEAR-001"))
                .thenReturn(TestChain.pears().json().getBytes(StandardCharsets.UTF_8));

        assertThat(client.getBatch("PEAR-001").custodian()).isEqualTo("ManufacturerMSP");
        assertThat(client.getProvenance("PEAR-001").verify().intact()).isTrue();
        verify(contract, never()).newProposal(anyString());
    }

    @Test
    void readRefusalIsTranslated() throws Exception {
        when(contract.evaluateTransaction("GetBatch", "NOPE")).thenThrow(new GatewayException(
                GatewayErrorsTest.gatewayError(Code.UNKNOWN, "evaluate call to endorser returned error: "
                        + "chaincode response 500, BATCH_NOT_FOUND: no batch NOPE")));

        TransactionRefusedException e = catchThrowableOfType(TransactionRefusedException.class,
                () -> client.getBatch("NOPE"));

        assertThat(e.errorCode()).isEqualTo(ErrorCode.BATCH_NOT_FOUND);
        assertThat(e.transactionId()).isEmpty();
    }

    @Test
    void unreadableAnswerAfterCommitIsUnexpectedWithTheTransactionId() {
        when(transaction.getResult()).thenReturn("oops".getBytes(StandardCharsets.UTF_8));

        AnchorException e = catchThrowableOfType(AnchorException.class, () -> client.acceptHandoff("PEAR-001"));

        assertThat(e.errorCode()).isEqualTo(ErrorCode.UNEXPECTED);
        assertThat(e.transactionId()).contains("tx-1");
        assertThat(e.getMessage()).contains("committed");
    }

    @Test
    void closeClosesTheResourcesOnce() throws Exception {
        client.close();
        client.close();
        verify(resources, times(1)).close();
        assertThat(client.organization()).isEqualTo(Organization.MANUFACTURER);
    }
}
