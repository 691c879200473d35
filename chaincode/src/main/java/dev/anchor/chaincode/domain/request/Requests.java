package dev.anchor.chaincode.domain.request;

import dev.anchor.chaincode.domain.shared.Refusal;
import dev.anchor.model.vocabulary.ErrorCode;
import java.util.Objects;

/**
 * Requests as recorded before issue 16 (one key per organisation and id, docs/data-model.md), still answered by
 * {@code GetRequest}. Since issue 16 a request id derives the transaction id and Fabric's duplicate check makes a
 * write exactly-once (the contract's {@code DerivedTransactionId}); nothing records requests any more.
 */
public final class Requests {

    private final RequestLedger ledger;

    public Requests(RequestLedger ledger) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
    }

    /**
     * The first committed transaction of the caller's request id, as recorded before issue 16;
     * {@link ErrorCode#REQUEST_NOT_FOUND} if none.
     */
    public RequestRecord find(String callerMspId, String requestId) {
        RequestId id = new RequestId(requestId);
        return ledger.findRequest(callerMspId, id).orElseThrow(() -> new Refusal(ErrorCode.REQUEST_NOT_FOUND,
                "no request record of " + Refusal.quoted(callerMspId) + " carries request id "
                        + Refusal.quoted(id.value()) + " (records are kept only for writes made before request ids"
                        + " became transaction ids; a client reads a later request's transaction with qscc)"));
    }
}
