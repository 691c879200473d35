package dev.anchor.client.gateway;

import dev.anchor.client.AnchorException;
import dev.anchor.client.CommitFailedException;
import dev.anchor.client.TransactionRefusedException;
import dev.anchor.model.request.RequestNonce;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.request.RetryPolicy;
import dev.anchor.client.request.SubmitListener;
import io.grpc.StatusRuntimeException;
import org.hyperledger.fabric.client.CommitStatusException;
import org.hyperledger.fabric.client.EndorseException;
import org.hyperledger.fabric.client.GatewayRuntimeException;
import org.hyperledger.fabric.client.Proposal;
import org.hyperledger.fabric.client.Status;
import org.hyperledger.fabric.client.SubmitException;
import org.hyperledger.fabric.client.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import java.util.regex.Pattern;

/**
 * Makes one write happen exactly once, with Fabric's own duplicate check: every attempt of a request carries the
 * same transaction id, derived from the request id ({@link dev.anchor.model.request.RequestNonce}) and the caller's
 * identity, and the peers refuse to endorse, and invalidate with {@code DUPLICATE_TXID}, any transaction whose id
 * the ledger holds already. A failure that is safe to retry ({@link WriteFailure#retryable()}) is retried after the
 * {@link RetryPolicy}'s pause with the same proposal; a retry that finds its transaction id on the ledger answers the
 * first transaction's id and result, read with qscc ({@link RequestTransactions#committed}): the same request
 * (function and arguments) is a duplicate ({@link SubmitListener#duplicate}), another one
 * {@link ErrorCode#REQUEST_ID_REUSED}. A transaction id is spent even by a transaction the peers invalidated (a read
 * conflict): the request then moves on to its next generation, a new transaction id.
 *
 * <p>The commit status of a transaction id is that of its first transaction. So when the request id is the caller's
 * own (it may have been sent before, by another client too) or the attempt is a retry, a successful status is
 * checked against the ledger's transaction, and its answer is the one returned.
 */
final class IdempotentWriter {
    private static final Logger LOG = LoggerFactory.getLogger(IdempotentWriter.class);
    /** What the chaincode accepts as a request id. */
    static final Pattern REQUEST_ID_FORM = RequestNonce.REQUEST_ID_FORM;

    /** A committed write: its transaction, its answer, and whether it was committed by an earlier request. */
    record Committed(String transactionId, String result, boolean replayed) {
    }

    /** Waits between attempts; tests record the pauses instead. */
    @FunctionalInterface
    interface Pause {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final RequestTransactions requests;
    private final String peer;
    private final RetryPolicy policy;
    private final SubmitListener listener;
    private final Pause pause;
    private final DoubleSupplier random;

    IdempotentWriter(RequestTransactions requests, String peer, RetryPolicy policy, SubmitListener listener,
                     Pause pause, DoubleSupplier random) {
        this.requests = Objects.requireNonNull(requests, "requests");
        this.peer = Objects.requireNonNull(peer, "peer");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.pause = Objects.requireNonNull(pause, "pause");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** @throws AnchorException with {@link ErrorCode#INVALID_INPUT} for an id the chaincode would refuse */
    static String checkedRequestId(String requestId) {
        Objects.requireNonNull(requestId, "requestId");
        if (!REQUEST_ID_FORM.matcher(requestId).matches()) {
            throw new AnchorException(ErrorCode.INVALID_INPUT, "a request id is 1 to 128 characters of "
                    + "A-Z a-z 0-9 . _ : -, not '" + requestId + "'");
        }
        return requestId;
    }

    /**
     * Endorses, submits and waits for the commit, as often as the policy allows.
     *
     * @param callersOwn whether the caller chose the request id (it may have been sent before); a new random id
     *                   cannot have been
     * @throws AnchorException the last attempt's failure, when it is not retryable or no attempt is left;
     *                         {@link ErrorCode#REQUEST_ID_REUSED} when another request committed with the id
     */
    Committed write(String function, String requestId, boolean callersOwn, String... args) {
        List<String> call = call(function, args);
        int generation = 0;
        Proposal proposal = null;
        String transactionId = null;
        for (int attempt = 1; ; attempt++) {
            Exception raw;
            try {
                if (proposal == null) {
                    proposal = requests.propose(function, requestId, generation, args);
                    transactionId = proposal.getTransactionId();
                }
                LOG.debug("endorsing {} (request {}, generation {}, attempt {}), transaction {}", function, requestId,
                        generation, attempt, transactionId);
                Transaction transaction = proposal.endorse();
                String result = new String(transaction.getResult(), StandardCharsets.UTF_8);
                Status status = transaction.submitAsync().getStatus();
                if (!status.isSuccessful()) {
                    throw new CommitFailedException(status.getCode().name(), transactionId);
                }
                LOG.debug("transaction {} committed in block {}", transactionId, status.getBlockNumber());
                if (!callersOwn && attempt == 1) {
                    return new Committed(transactionId, result, false);
                }
                // The status is the first transaction's with this id: another attempt's, or another client's.
                Optional<CommittedTransaction> first = requests.committed(transactionId);
                if (first.isEmpty() || !first.get().valid() || first.get().result().equals(result)) {
                    return new Committed(transactionId, result, false);
                }
                return firstOf(first.get(), function, requestId, call);
            } catch (EndorseException | SubmitException | CommitStatusException | CommitFailedException
                     | GatewayRuntimeException | StatusRuntimeException e) {
                raw = e;
            }
            WriteFailure kind = WriteFailure.of(raw);
            AnchorException failure = GatewayErrors.translate(raw, function, transactionId, peer);
            if (kind == WriteFailure.ALREADY_COMMITTED) {
                Optional<CommittedTransaction> first = requests.committed(transactionId);
                if (first.isPresent() && first.get().valid()) {
                    return firstOf(first.get(), function, requestId, call);
                }
                // Invalidated: its id is spent, nothing was written. Not on this peer yet: ask again after a pause.
                kind = first.isPresent() ? WriteFailure.READ_CONFLICT : WriteFailure.ENDORSEMENTS_DIFFER;
                if (first.isEmpty()) {
                    failure = new TransactionRefusedException(ErrorCode.DUPLICATE_REQUEST, "request '"
                            + requestId + "' of " + function + " committed before in transaction " + transactionId
                            + ", which " + peer + " cannot read back yet", transactionId, raw);
                }
            }
            if (kind == WriteFailure.READ_CONFLICT && generation < RequestNonce.MAX_GENERATION) {
                generation++;
                proposal = null;
            }
            if (!kind.retryable() || !policy.allowsAnotherAfter(attempt)) {
                throw failure;
            }
            Duration delay = policy.delayAfter(attempt, random.getAsDouble());
            LOG.debug("{} (request {}) attempt {} failed ({}): {}; retrying in {} ms", function, requestId, attempt,
                    kind, failure.getMessage(), delay.toMillis());
            listener.retrying(function, requestId, attempt, failure, delay);
            try {
                pause.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failure;
            }
        }
    }

    /** The answer of the request's first committed transaction, if it made the same call. */
    private Committed firstOf(CommittedTransaction first, String function, String requestId, List<String> call) {
        if (!first.call().equals(call)) {
            throw new TransactionRefusedException(ErrorCode.REQUEST_ID_REUSED, "request id '"
                    + requestId + "' was already used by transaction " + first.transactionId() + " ("
                    + (first.call().isEmpty() ? "?" : first.call().get(0)) + " with other arguments)",
                    first.transactionId(), null);
        }
        LOG.debug("request {} of {} had committed in transaction {}", requestId, function, first.transactionId());
        listener.duplicate(function, requestId, first.transactionId());
        return new Committed(first.transactionId(), first.result(), true);
    }

    private static List<String> call(String function, String... args) {
        List<String> call = new ArrayList<>(args.length + 1);
        call.add(function);
        call.addAll(Arrays.asList(args));
        return call;
    }
}
