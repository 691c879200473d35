package dev.anchor.chaincode.contract;

import dev.anchor.chaincode.domain.request.RequestId;
import dev.anchor.chaincode.domain.shared.Refusal;
import dev.anchor.chaincode.domain.shared.Sha256;
import dev.anchor.model.request.RequestNonce;
import dev.anchor.model.vocabulary.ErrorCode;
import java.util.Optional;

/**
 * Exactly-once submissions, kept by Fabric itself: a write that carries a request id must carry the transaction id
 * that the request id, its generation and the caller's identity derive ({@link RequestNonce}:
 * {@code SHA-256(nonce || creator)}, the id Fabric computes from the proposal's nonce). Every attempt of the request
 * then has that one id, and the peers refuse to endorse or to commit a second transaction with an id that the
 * ledger holds ("duplicate transaction found", {@code DUPLICATE_TXID}); the client reads the first one's answer
 * from the ledger. So the chaincode neither reads nor writes anything for it (docs/reliability.md, "Exactly once").
 * A write without a request id runs as it is, unprotected.
 */
final class DerivedTransactionId {

    private DerivedTransactionId() {
    }

    /**
     * Refuses, with {@link ErrorCode#INVALID_INPUT}, a write whose request id (if it has one) does not derive its
     * transaction id.
     *
     * @param requestId     the request id, if the client sent one
     * @param generation    the request's generation as the client sent it (decimal; null for 0)
     * @param transactionId the proposal's transaction id
     * @param creator       the proposal's creator (its serialized identity)
     */
    static void require(Optional<RequestId> requestId, String generation, String transactionId, byte[] creator) {
        if (requestId.isEmpty()) {
            return;
        }
        int number = generationOf(generation);
        byte[] nonce = RequestNonce.of(requestId.get().value(), number);
        byte[] both = new byte[nonce.length + creator.length];
        System.arraycopy(nonce, 0, both, 0, nonce.length);
        System.arraycopy(creator, 0, both, nonce.length, creator.length);
        if (!Sha256.of(both).value().equals(transactionId)) {
            throw Refusal.invalidInput("request id " + Refusal.quoted(requestId.get().value()) + " (generation "
                    + number + ") does not derive transaction id " + Refusal.quoted(transactionId)
                    + ": a write with a request id must be proposed with the nonce it derives (docs/reliability.md)");
        }
    }

    private static int generationOf(String generation) {
        if (generation == null) {
            return 0;
        }
        if (!generation.matches("[1-9][0-9]{0,2}")) {
            throw Refusal.invalidInput("a request generation is 1 to " + RequestNonce.MAX_GENERATION + ", not "
                    + Refusal.quoted(generation));
        }
        return Integer.parseInt(generation);
    }
}
