package dev.anchor.client.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import dev.anchor.client.AnchorException;
import dev.anchor.client.CommitFailedException;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.request.RetryPolicy;
import dev.anchor.client.request.SubmitListener;
import dev.anchor.client.wire.AnchorJson;
import io.grpc.StatusRuntimeException;
import org.hyperledger.fabric.client.CommitStatusException;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.EndorseException;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.GatewayRuntimeException;
import org.hyperledger.fabric.client.Proposal;
import org.hyperledger.fabric.client.Status;
import org.hyperledger.fabric.client.SubmitException;
import org.hyperledger.fabric.client.Transaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import java.util.regex.Pattern;

/**
 * Makes one write happen exactly once: every attempt is a new proposal carrying the same request id in its
 * transient map (entry {@value #REQUEST_ID_ENTRY}, docs/data-model.md "Request ids"); a failure that is safe to
 * retry ({@link WriteFailure#retryable()}) is retried after the {@link RetryPolicy}'s pause, and a retry that the
 * chaincode refuses with {@code DUPLICATE_REQUEST} answers the first commit's transaction id and result, read with
 * {@code GetRequest}.
 */
final class IdempotentWriter {
    private static final Logger LOG = LoggerFactory.getLogger(IdempotentWriter.class);
    /** The transient map entry the chaincode reads the request id from. */
    static final String REQUEST_ID_ENTRY = "requestId";
    /** What the chaincode accepts as a request id. */
    static final Pattern REQUEST_ID_FORM = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    /** A committed write: its transaction, its answer, and whether it was committed by an earlier request. */
    record Committed(String transactionId, String result, boolean replayed) {
    }

    /** Waits between attempts; tests record the pauses instead. */
    @FunctionalInterface
    interface Pause {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final Contract contract;
    private final String peer;
    private final RetryPolicy policy;
    private final SubmitListener listener;
    private final Pause pause;
    private final DoubleSupplier random;

    IdempotentWriter(Contract contract, String peer, RetryPolicy policy, SubmitListener listener, Pause pause,
                     DoubleSupplier random) {
        this.contract = Objects.requireNonNull(contract, "contract");
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
     * @throws AnchorException the last attempt's failure, when it is not retryable or no attempt is left
     */
    Committed write(String function, String requestId, String... args) {
        for (int attempt = 1; ; attempt++) {
            String transactionId = null;
            Exception raw;
            try {
                Proposal proposal = contract.newProposal(function).addArguments(args)
                        .putTransient(REQUEST_ID_ENTRY, requestId.getBytes(StandardCharsets.UTF_8)).build();
                transactionId = proposal.getTransactionId();
                LOG.debug("endorsing {} (request {}, attempt {}), transaction {}", function, requestId, attempt,
                        transactionId);
                Transaction transaction = proposal.endorse();
                byte[] result = transaction.getResult();
                Status status = transaction.submitAsync().getStatus();
                if (!status.isSuccessful()) {
                    throw new CommitFailedException(status.getCode().name(), transactionId);
                }
                LOG.debug("transaction {} committed in block {}", transactionId, status.getBlockNumber());
                return new Committed(transactionId, new String(result, StandardCharsets.UTF_8), false);
            } catch (EndorseException | SubmitException | CommitStatusException | CommitFailedException
                     | GatewayRuntimeException | StatusRuntimeException e) {
                raw = e;
            }
            WriteFailure kind = WriteFailure.of(raw);
            AnchorException failure = GatewayErrors.translate(raw, function, transactionId, peer);
            if (kind == WriteFailure.ALREADY_COMMITTED) {
                Optional<Committed> first = firstCommit(function, requestId);
                if (first.isPresent()) {
                    LOG.debug("request {} of {} had committed in transaction {}", requestId, function,
                            first.get().transactionId());
                    listener.duplicate(function, requestId, first.get().transactionId());
                    return first.get();
                }
                // This peer has not committed the block holding the record yet: try again after a pause.
                kind = WriteFailure.ENDORSEMENTS_DIFFER;
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

    /** The first committed transaction of the request, from {@code GetRequest}; empty if this peer has none yet. */
    private Optional<Committed> firstCommit(String function, String requestId) {
        byte[] answer;
        try {
            answer = contract.evaluateTransaction("GetRequest", requestId);
        } catch (GatewayException | GatewayRuntimeException | StatusRuntimeException e) {
            AnchorException failure = GatewayErrors.translate(e, "GetRequest", null, peer);
            if (failure.errorCode() == ErrorCode.REQUEST_NOT_FOUND || failure.errorCode() == ErrorCode.UNAVAILABLE) {
                return Optional.empty();
            }
            throw failure;
        }
        JsonNode record = AnchorJson.parseObject(new String(answer, StandardCharsets.UTF_8), "the record of request "
                + requestId);
        String transactionId = AnchorJson.text(record, "txId");
        String result = AnchorJson.text(record, "result");
        if (transactionId == null || result == null) {
            throw new AnchorException(ErrorCode.UNEXPECTED, "the record of request " + requestId + " of " + function
                    + " lacks its transaction id or result");
        }
        return Optional.of(new Committed(transactionId, result, true));
    }
}
