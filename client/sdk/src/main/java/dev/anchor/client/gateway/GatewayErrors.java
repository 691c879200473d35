package dev.anchor.client.gateway;

import dev.anchor.client.AnchorException;
import dev.anchor.client.CommitFailedException;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.NetworkUnavailableException;
import dev.anchor.client.TransactionRefusedException;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.hyperledger.fabric.client.CommitException;
import org.hyperledger.fabric.client.CommitStatusException;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.GatewayRuntimeException;
import org.hyperledger.fabric.client.TransactionException;
import org.hyperledger.fabric.protos.gateway.ErrorDetail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Turns fabric-gateway and gRPC failures into {@link AnchorException}s with human messages. */
final class GatewayErrors {
    private static final Pattern REFUSAL = Pattern.compile("(?<![A-Za-z0-9_])("
            + Stream.of(ErrorCode.values()).filter(ErrorCode::isChaincodeRefusal).map(Enum::name)
            .collect(Collectors.joining("|"))
            + ")(?![A-Za-z0-9_])(?::\\s*(.*))?", Pattern.DOTALL);
    private static final Pattern ACCESS_DENIED = Pattern.compile("access denied:?\\s*(.*)", Pattern.DOTALL);
    private static final Pattern CHAINCODE_RESPONSE = Pattern.compile("chaincode response \\d+,\\s*(.*)", Pattern.DOTALL);

    /** A chaincode refusal found in an error text. */
    record Refusal(ErrorCode code, String message) {
    }

    private GatewayErrors() {
    }

    /**
     * Finds the first chaincode refusal code in the texts (per-peer detail messages first, then the status
     * message), e.g. {@code "chaincode response 500, NOT_CUSTODIAN: batch X is held by Y"}.
     */
    static Optional<Refusal> findRefusal(List<String> texts) {
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            Matcher m = REFUSAL.matcher(text);
            if (m.find()) {
                ErrorCode code = ErrorCode.valueOf(m.group(1));
                String message = m.group(2) == null ? "" : firstLine(m.group(2));
                return Optional.of(new Refusal(code, message.isEmpty() ? "refused by the chaincode" : message));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the endorsing peers simulated the transaction differently (Fabric: "ProposalResponsePayloads do not
     * match"), typically because one of them had not yet committed the latest block.
     */
    static boolean isEndorsementMismatch(GatewayException e) {
        List<String> texts = new ArrayList<>();
        e.getDetails().forEach(d -> texts.add(d.getMessage()));
        texts.add(e.getStatus().getDescription());
        return texts.stream().anyMatch(t -> t != null && t.contains("ProposalResponsePayloads do not match"));
    }

    /** The per-peer detail messages, then the status message: where the peers' and the chaincode's words are. */
    static List<String> texts(Status status, List<ErrorDetail> details) {
        List<String> texts = new ArrayList<>();
        for (ErrorDetail d : details) {
            texts.add(d.getMessage());
        }
        texts.add(status.getDescription());
        return texts;
    }

    /** Whether the peers refused the caller's identity ("access denied"). */
    static boolean isAccessDenied(List<String> texts) {
        return find(ACCESS_DENIED, texts).isPresent();
    }

    /** The chaincode's own message when it failed without a known code, e.g. "Undefined contract method". */
    static Optional<String> findChaincodeFailure(List<String> texts) {
        return find(CHAINCODE_RESPONSE, texts);
    }

    /** The first line of what {@code pattern}'s first group matched in the first text where it matches. */
    private static Optional<String> find(Pattern pattern, List<String> texts) {
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            Matcher m = pattern.matcher(text);
            if (m.find()) {
                return Optional.of(firstLine(m.group(1)));
            }
        }
        return Optional.empty();
    }

    /**
     * @param e             what fabric-gateway or gRPC threw
     * @param operation     the chaincode function, for messages
     * @param transactionId the transaction's id if known (null for reads)
     * @param peer          the peer endpoint, for messages
     */
    static AnchorException translate(Exception e, String operation, String transactionId, String peer) {
        if (e instanceof AnchorException a) {
            return a;
        }
        if (e instanceof CommitException ce) {
            return new CommitFailedException(ce.getCode().name(),
                    ce.getTransactionId() != null ? ce.getTransactionId() : transactionId);
        }
        Status status;
        List<ErrorDetail> details;
        String txId = transactionId;
        if (e instanceof GatewayException ge) {
            status = ge.getStatus();
            details = ge.getDetails();
            if (ge instanceof TransactionException te && te.getTransactionId() != null) {
                txId = te.getTransactionId();
            }
        } else if (e instanceof GatewayRuntimeException gre) {
            status = gre.getStatus();
            details = gre.getDetails();
        } else if (e instanceof StatusRuntimeException sre) {
            status = sre.getStatus();
            details = List.of();
        } else {
            return new AnchorException(ErrorCode.UNEXPECTED,
                    operation + " failed: " + describe(e), transactionId, e);
        }
        return translate(status, details, e instanceof CommitStatusException, e, operation, txId, peer);
    }

    static AnchorException translate(Status status, List<ErrorDetail> details, boolean waitingForCommit,
                                     Exception cause, String operation, String txId, String peer) {
        List<String> texts = texts(status, details);

        Optional<Refusal> refusal = findRefusal(texts);
        if (refusal.isPresent()) {
            return new TransactionRefusedException(refusal.get().code(), refusal.get().message(), txId, cause);
        }
        Optional<String> denial = find(ACCESS_DENIED, texts);
        if (denial.isPresent()) {
            return new AnchorException(ErrorCode.ACCESS_DENIED, "peer " + peer + " did not accept this identity for "
                    + operation + ": its certificate has been revoked or has expired, or is not one that the "
                    + "organisation it claims has issued, or that organisation is not in the channel ("
                    + denial.get() + ")", txId, cause);
        }
        Status.Code code = status.getCode();
        if (code == Status.Code.UNAVAILABLE || code == Status.Code.DEADLINE_EXCEEDED) {
            String reason = code == Status.Code.DEADLINE_EXCEEDED
                    ? "did not answer in time"
                    : "is unavailable (" + reason(status) + ")";
            String message = waitingForCommit && txId != null
                    ? "peer " + peer + " " + reason + " while waiting for transaction " + txId
                    + " to commit; it may still commit: read the batch to find out"
                    : "peer " + peer + " " + reason;
            return new NetworkUnavailableException(message, txId, cause);
        }
        Optional<String> failure = findChaincodeFailure(texts);
        if (failure.isPresent()) {
            return new TransactionRefusedException(ErrorCode.UNEXPECTED,
                    operation + " failed in the chaincode: " + failure.get(), txId, cause);
        }
        String detail = details.isEmpty() ? "" : " (" + firstLine(details.get(0).getMessage()) + ")";
        return new AnchorException(ErrorCode.UNEXPECTED,
                operation + " failed: " + code + ": " + reason(status) + detail, txId, cause);
    }

    private static String reason(Status status) {
        Throwable root = status.getCause();
        while (root != null && root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root != null && root.getMessage() != null && !root.getMessage().isBlank()) {
            String message = firstLine(root.getMessage());
            // Netty's native transport words a refused connection as "finishConnect(..) failed with error(-111):
            // Connection refused"; the user needs only the last part.
            return message.toLowerCase(Locale.ROOT).contains("connection refused") ? "connection refused" : message;
        }
        String description = status.getDescription();
        return description == null || description.isBlank() ? status.getCode().name() : firstLine(description);
    }

    private static String describe(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : firstLine(e.getMessage());
    }

    private static String firstLine(String s) {
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl).strip();
    }
}
