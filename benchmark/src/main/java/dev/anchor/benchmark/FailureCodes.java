package dev.anchor.benchmark;

import dev.anchor.client.AnchorException;
import dev.anchor.client.CommitFailedException;
import dev.anchor.model.vocabulary.ErrorCode;
import io.grpc.StatusRuntimeException;
import org.hyperledger.fabric.client.CommitException;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.GatewayRuntimeException;

import java.util.Arrays;
import java.util.Optional;

/**
 * Names a failed operation by its error code, for the report's "failed by code" column: the SDK's
 * {@link ErrorCode} (a commit failure with Fabric's validation code, e.g. {@code COMMIT_FAILED/MVCC_READ_CONFLICT}),
 * a chaincode refusal code found in a raw fabric-gateway error, or the gRPC status.
 */
public final class FailureCodes {
    private FailureCodes() {
    }

    /** @return the code under which the round counts this failure */
    public static String of(Throwable failure) {
        if (failure instanceof CommitFailedException commit) {
            return ErrorCode.COMMIT_FAILED + "/" + commit.validationCode();
        }
        if (failure instanceof AnchorException anchor) {
            return anchor.errorCode().name();
        }
        if (failure instanceof CommitException commit) {
            return ErrorCode.COMMIT_FAILED + "/" + commit.getCode().name();
        }
        if (failure instanceof GatewayException gateway) {
            return refusalIn(gateway).orElse(gateway.getStatus().getCode().name());
        }
        if (failure instanceof GatewayRuntimeException gateway) {
            return refusalIn(gateway).orElse(gateway.getStatus().getCode().name());
        }
        if (failure instanceof StatusRuntimeException grpc) {
            return grpc.getStatus().getCode().name();
        }
        return failure.getClass().getSimpleName();
    }

    /** The first chaincode refusal code that the error's message or its peers' details name. */
    private static Optional<String> refusalIn(Throwable gatewayError) {
        StringBuilder text = new StringBuilder(String.valueOf(gatewayError.getMessage()));
        if (gatewayError instanceof GatewayException e) {
            e.getDetails().forEach(detail -> text.append('\n').append(detail.getMessage()));
        } else if (gatewayError instanceof GatewayRuntimeException e) {
            e.getDetails().forEach(detail -> text.append('\n').append(detail.getMessage()));
        }
        return Arrays.stream(ErrorCode.values())
                .filter(ErrorCode::isChaincodeRefusal)
                .map(Enum::name)
                .filter(code -> text.toString().matches("(?s).*(?<![A-Z_])" + code + "(?![A-Z_]).*"))
                .findFirst();
    }
}
