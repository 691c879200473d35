package dev.anchor.chaincode.domain.request;

import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.chaincode.domain.shared.Refusal;
import dev.anchor.chaincode.domain.shared.Sha256;
import dev.anchor.chaincode.domain.shared.Submission;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Exactly-once submissions: a write that carries a request id runs only if no committed transaction of the same
 * organisation carried that id before; it then records its answer under the id. Reading the id's key puts it in the
 * transaction's read set, so of two transactions racing with one id at most one commits (the other is invalidated
 * with {@code MVCC_READ_CONFLICT}). A write without a request id runs as it is, unprotected.
 */
public final class Requests {

    private final RequestLedger ledger;

    public Requests(RequestLedger ledger) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
    }

    /**
     * Runs {@code write} unless the request already committed.
     *
     * @param requestId   the request id, if the client sent one
     * @param function    the function called, as the proposal names it
     * @param fingerprint the function and arguments ({@link RequestFingerprint}), computed only with a request id
     * @throws Refusal {@link ErrorCode#DUPLICATE_REQUEST} when the same request committed before,
     *                 {@link ErrorCode#REQUEST_ID_REUSED} when another request of the organisation committed with the id
     */
    public byte[] once(Submission submission, Optional<RequestId> requestId, String function,
            Supplier<Sha256> fingerprint, Supplier<byte[]> write) {
        if (requestId.isEmpty()) {
            return write.get();
        }
        RequestId id = requestId.get();
        Sha256 asked = fingerprint.get();
        Optional<RequestRecord> first = ledger.findRequest(submission.callerMspId(), id);
        if (first.isPresent()) {
            throw first.get().fingerprint().equals(asked)
                    ? new Refusal(ErrorCode.DUPLICATE_REQUEST, "request " + Refusal.quoted(id.value())
                            + " was already committed in transaction " + first.get().txId()
                            + "; GetRequest answers its result")
                    : new Refusal(ErrorCode.REQUEST_ID_REUSED, "request id " + Refusal.quoted(id.value())
                            + " was already used by transaction " + first.get().txId() + " ("
                            + first.get().function() + " with other arguments)");
        }
        byte[] answer = write.get();
        ledger.putRequest(submission.callerMspId(), new RequestRecord(id, function, asked, submission.txId(),
                submission.timestamp(), new String(answer, StandardCharsets.UTF_8)));
        return answer;
    }

    /** The first committed transaction of the caller's request id; {@link ErrorCode#REQUEST_NOT_FOUND} if none. */
    public RequestRecord find(String callerMspId, String requestId) {
        RequestId id = new RequestId(requestId);
        return ledger.findRequest(callerMspId, id).orElseThrow(() -> new Refusal(ErrorCode.REQUEST_NOT_FOUND,
                "no committed transaction of " + Refusal.quoted(callerMspId) + " carried request id "
                        + Refusal.quoted(id.value())));
    }
}
