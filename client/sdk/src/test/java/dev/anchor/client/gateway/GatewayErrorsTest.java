package dev.anchor.client.gateway;

import com.google.protobuf.Any;
import com.google.rpc.Code;
import dev.anchor.client.AnchorException;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.NetworkUnavailableException;
import dev.anchor.client.TransactionRefusedException;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import org.hyperledger.fabric.client.CommitStatusException;
import org.hyperledger.fabric.client.EndorseException;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.protos.gateway.ErrorDetail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.ConnectException;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GatewayErrorsTest {
    private static final String PEER = "127.0.0.1:7051";

    static StatusRuntimeException gatewayError(Code code, String message, String... peerMessages) {
        com.google.rpc.Status.Builder status = com.google.rpc.Status.newBuilder()
                .setCode(code.getNumber()).setMessage(message);
        Arrays.stream(peerMessages).forEach(m -> status.addDetails(Any.pack(ErrorDetail.newBuilder()
                .setAddress("peer0.distributor.anchor.local:8051").setMspId("DistributorMSP").setMessage(m).build())));
        return StatusProto.toStatusRuntimeException(status.build());
    }

    @Test
    void findsTheCodeInAPeerMessage() {
        assertThat(GatewayErrors.findRefusal(List.of(
                "chaincode response 500, NOT_CUSTODIAN: batch PEAR-001 is held by DistributorMSP, not RetailerMSP")))
                .contains(new GatewayErrors.Refusal(ErrorCode.NOT_CUSTODIAN,
                        "batch PEAR-001 is held by DistributorMSP, not RetailerMSP"));
    }

    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void findsEveryChaincodeCodeAndNoClientCode(ErrorCode code) {
        var found = GatewayErrors.findRefusal(List.of("chaincode response 500, " + code + ": it went wrong"));
        if (code.isChaincodeRefusal()) {
            assertThat(found).contains(new GatewayErrors.Refusal(code, "it went wrong"));
        } else {
            assertThat(found).isEmpty();
        }
    }

    @Test
    void ignoresCodesThatArePartOfLongerWords() {
        assertThat(GatewayErrors.findRefusal(List.of("MY_INVALID_INPUT: no", "INVALID_INPUTS: no"))).isEmpty();
    }

    @Test
    void findsTheCodeInTheStatusMessageOfAnEvaluation() {
        assertThat(GatewayErrors.findRefusal(List.of(
                "evaluate call to endorser returned error: chaincode response 500, BATCH_NOT_FOUND: no batch X\nmore")))
                .contains(new GatewayErrors.Refusal(ErrorCode.BATCH_NOT_FOUND, "no batch X"));
    }

    @Test
    void endorseFailureBecomesARefusalWithTheTransactionId() {
        EndorseException e = new EndorseException("tx-42", gatewayError(Code.ABORTED,
                "failed to endorse transaction, see attached details for more info",
                "chaincode response 500, HANDOFF_PENDING: batch PEAR-001 already has a pending handoff to RetailerMSP"));

        AnchorException a = GatewayErrors.translate(e, "InitiateHandoff", "tx-42", PEER);

        assertThat(a).isInstanceOf(TransactionRefusedException.class)
                .hasMessage("batch PEAR-001 already has a pending handoff to RetailerMSP")
                .hasCause(e);
        assertThat(a.errorCode()).isEqualTo(ErrorCode.HANDOFF_PENDING);
        assertThat(a.transactionId()).contains("tx-42");
    }

    @Test
    void evaluateFailureBecomesARefusalWithoutTransactionId() {
        GatewayException e = new GatewayException(gatewayError(Code.UNKNOWN,
                "evaluate call to endorser returned error: chaincode response 500, BATCH_NOT_FOUND: no batch NOPE",
                "chaincode response 500, BATCH_NOT_FOUND: no batch NOPE"));

        AnchorException a = GatewayErrors.translate(e, "GetBatch", null, PEER);

        assertThat(a.errorCode()).isEqualTo(ErrorCode.BATCH_NOT_FOUND);
        assertThat(a.getMessage()).isEqualTo("no batch NOPE");
        assertThat(a.transactionId()).isEmpty();
    }

    @Test
    void unreachablePeerIsUnavailableWithTheRootCause() {
        StatusRuntimeException sre = Status.UNAVAILABLE.withDescription("io exception")
                .withCause(new ConnectException("Connection refused: /127.0.0.1:7051")).asRuntimeException();

        AnchorException a = GatewayErrors.translate(new GatewayException(sre), "GetBatch", null, PEER);

        assertThat(a).isInstanceOf(NetworkUnavailableException.class);
        assertThat(a.errorCode()).isEqualTo(ErrorCode.UNAVAILABLE);
        assertThat(a.getMessage()).isEqualTo("peer 127.0.0.1:7051 is unavailable (connection refused)");
    }

    @Test
    void timeoutWhileWaitingForCommitKeepsTheTransactionId() {
        CommitStatusException e = new CommitStatusException("tx-7",
                Status.DEADLINE_EXCEEDED.withDescription("deadline exceeded after 59.9s").asRuntimeException());

        AnchorException a = GatewayErrors.translate(e, "AcceptHandoff", "tx-7", PEER);

        assertThat(a.errorCode()).isEqualTo(ErrorCode.UNAVAILABLE);
        assertThat(a.transactionId()).contains("tx-7");
        assertThat(a.getMessage()).contains("did not answer in time").contains("tx-7").contains("may still commit");
    }

    @Test
    void chaincodeFailureWithoutCodeIsUnexpected() {
        EndorseException e = new EndorseException("tx-1", gatewayError(Code.ABORTED,
                "failed to endorse transaction, see attached details for more info",
                "chaincode response 500, Undefined contract method called"));

        AnchorException a = GatewayErrors.translate(e, "Frobnicate", "tx-1", PEER);

        assertThat(a).isInstanceOf(TransactionRefusedException.class);
        assertThat(a.errorCode()).isEqualTo(ErrorCode.UNEXPECTED);
        assertThat(a.getMessage()).isEqualTo("Frobnicate failed in the chaincode: Undefined contract method called");
    }

    @Test
    void otherGatewayErrorsAreUnexpectedAndReadable() {
        EndorseException e = new EndorseException("tx-1", gatewayError(Code.FAILED_PRECONDITION,
                "no combination of peers can be derived which satisfy the endorsement policy"));

        AnchorException a = GatewayErrors.translate(e, "AcceptHandoff", "tx-1", PEER);

        assertThat(a.errorCode()).isEqualTo(ErrorCode.UNEXPECTED);
        assertThat(a.getMessage()).isEqualTo("AcceptHandoff failed: FAILED_PRECONDITION: "
                + "no combination of peers can be derived which satisfy the endorsement policy");
        assertThat(a.transactionId()).contains("tx-1");
    }

    @Test
    void anIdentityThePeersDoNotAcceptIsAccessDenied() {
        EndorseException e = new EndorseException("tx-9", gatewayError(Code.ABORTED,
                "failed to endorse transaction, see attached details for more info",
                "error validating proposal: access denied: channel [supplychain] creator org unknown, creator is malformed"));

        AnchorException a = GatewayErrors.translate(e, "RecordProduction", "tx-9", PEER);

        assertThat(a).isNotInstanceOf(TransactionRefusedException.class);
        assertThat(a.errorCode()).isEqualTo(ErrorCode.ACCESS_DENIED);
        assertThat(a.transactionId()).contains("tx-9");
        assertThat(a.getMessage()).startsWith("peer 127.0.0.1:7051 did not accept this identity for RecordProduction")
                .contains("revoked or has expired")
                .endsWith("(channel [supplychain] creator org unknown, creator is malformed)");
    }
}
