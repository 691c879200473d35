package dev.anchor.benchmark;

import com.google.protobuf.Any;
import dev.anchor.client.CommitFailedException;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.NetworkUnavailableException;
import dev.anchor.client.TransactionRefusedException;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import org.hyperledger.fabric.client.EndorseException;
import org.hyperledger.fabric.protos.gateway.ErrorDetail;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FailureCodesTest {

    @Test
    void aRefusalCountsUnderItsCode() {
        assertThat(FailureCodes.of(new TransactionRefusedException(ErrorCode.BATCH_EXISTS, "taken", "tx", null)))
                .isEqualTo("BATCH_EXISTS");
        assertThat(FailureCodes.of(new NetworkUnavailableException("down", null, null))).isEqualTo("UNAVAILABLE");
    }

    @Test
    void aCommitFailureCarriesFabricsValidationCode() {
        assertThat(FailureCodes.of(new CommitFailedException("MVCC_READ_CONFLICT", "tx1")))
                .isEqualTo("COMMIT_FAILED/MVCC_READ_CONFLICT");
    }

    @Test
    void aRawGatewayErrorCountsUnderTheChaincodeCodeInItsDetails() {
        com.google.rpc.Status status = com.google.rpc.Status.newBuilder()
                .setCode(com.google.rpc.Code.ABORTED_VALUE).setMessage("failed to endorse transaction")
                .addDetails(Any.pack(ErrorDetail.newBuilder().setMspId("ManufacturerMSP")
                        .setMessage("chaincode response 500, BENCHMARK_DISABLED: the benchmark floor is off").build()))
                .build();

        String code = FailureCodes.of(new EndorseException("tx", StatusProto.toStatusRuntimeException(status)));

        assertThat(code).isEqualTo("BENCHMARK_DISABLED");
    }

    @Test
    void aRawGatewayErrorWithoutACodeCountsUnderItsGrpcStatus() {
        String code = FailureCodes.of(new EndorseException("tx",
                new StatusRuntimeException(Status.DEADLINE_EXCEEDED.withDescription("too slow"))));

        assertThat(code).isEqualTo("DEADLINE_EXCEEDED");
    }

    @Test
    void aLongerWordIsNotACode() {
        String code = FailureCodes.of(new EndorseException("tx",
                new StatusRuntimeException(Status.ABORTED.withDescription("MY_BATCH_EXISTS_FLAG is set"))));

        assertThat(code).isEqualTo("ABORTED");
    }

    @Test
    void anythingElseCountsUnderItsType() {
        assertThat(FailureCodes.of(new IllegalStateException("odd"))).isEqualTo("IllegalStateException");
    }
}
