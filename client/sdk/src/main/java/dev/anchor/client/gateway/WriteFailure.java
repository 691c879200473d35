package dev.anchor.client.gateway;

import dev.anchor.client.CommitFailedException;
import dev.anchor.model.vocabulary.ErrorCode;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.hyperledger.fabric.client.CommitStatusException;
import org.hyperledger.fabric.client.EndorseException;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.GatewayRuntimeException;
import org.hyperledger.fabric.client.SubmitException;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What made one attempt of a write fail, and whether attempting it again (with the same request id, so the same
 * transaction id) is safe. Only failures after which nothing can have been written twice are retryable: the ledger's
 * duplicate check makes a retry of a write that did commit come back as {@link #ALREADY_COMMITTED} instead of a
 * second write.
 */
enum WriteFailure {
    /** Endorsement failed without a chaincode answer: gateway or peers unreachable, timed out, chaincode down. */
    ENDORSEMENT_UNAVAILABLE(true),
    /**
     * The endorsing peers simulated differently: "ProposalResponsePayloads do not match", or the gateway's own peer
     * endorsed while another organisation's peer refused. One of them lags a block.
     */
    ENDORSEMENTS_DIFFER(true),
    /** The endorsed transaction did not reach the orderer (unavailable, timed out). */
    ORDERER_UNAVAILABLE(true),
    /** Sent to the orderer, but its commit status was lost (timeout, connection lost): it may have committed. */
    COMMIT_STATUS_UNKNOWN(true),
    /** Invalidated at commit by {@code MVCC_READ_CONFLICT} or {@code PHANTOM_READ_CONFLICT}: nothing written. */
    READ_CONFLICT(true),
    /**
     * A transaction with this id is on the ledger already: a peer refused to endorse it ("duplicate transaction
     * found"), or it was invalidated with {@code DUPLICATE_TXID}. Read the first one.
     */
    ALREADY_COMMITTED(false),
    /** The chaincode refused with any other code: a business rule; retrying would be refused again. */
    REFUSED(false),
    /** Invalidated at commit for another reason (e.g. {@code ENDORSEMENT_POLICY_FAILURE}). */
    INVALIDATED(false),
    /** Anything else: the chaincode failed, the identity was denied, the request was malformed. */
    OTHER(false);

    /** The gateway's words when its own peer endorsed but the other endorsements could not be collected. */
    private static final String OTHERS_FAILED = "failed to collect enough transaction endorsements";
    private static final Set<String> READ_CONFLICTS = Set.of("MVCC_READ_CONFLICT", "PHANTOM_READ_CONFLICT");
    /** What a peer answers a proposal whose transaction id its ledger holds (Fabric's endorser, preProcess). */
    private static final String DUPLICATE_TRANSACTION = "duplicate transaction found";
    private static final List<String> NO_PEERS = List.of("no combination of peers", "no peers available",
            "no endorsers found", "failed to select a set of endorsers");

    private final boolean retryable;

    WriteFailure(boolean retryable) {
        this.retryable = retryable;
    }

    /** @return whether the write may be attempted again with the same request id */
    boolean retryable() {
        return retryable;
    }

    /**
     * @param e what an attempt threw: a fabric-gateway {@link EndorseException}, {@link SubmitException} or
     *          {@link CommitStatusException}, the client's {@link CommitFailedException} for an invalidated
     *          transaction, or a gRPC failure
     */
    static WriteFailure of(Exception e) {
        if (e instanceof CommitFailedException invalidated) {
            if ("DUPLICATE_TXID".equals(invalidated.validationCode())) {
                return ALREADY_COMMITTED;
            }
            return READ_CONFLICTS.contains(invalidated.validationCode()) ? READ_CONFLICT : INVALIDATED;
        }
        if (e instanceof EndorseException endorse) {
            return ofEndorsement(endorse);
        }
        Status status;
        if (e instanceof GatewayException gateway) {
            status = gateway.getStatus();
        } else if (e instanceof GatewayRuntimeException gateway) {
            status = gateway.getStatus();
        } else if (e instanceof StatusRuntimeException grpc) {
            status = grpc.getStatus();
        } else {
            return OTHER;
        }
        if (e instanceof CommitStatusException) {
            return GatewayErrors.isAccessDenied(GatewayErrors.texts(status, List.of())) ? OTHER : COMMIT_STATUS_UNKNOWN;
        }
        boolean unreachable = status.getCode() == Status.Code.UNAVAILABLE
                || status.getCode() == Status.Code.DEADLINE_EXCEEDED;
        if (e instanceof SubmitException) {
            return unreachable ? ORDERER_UNAVAILABLE : OTHER;
        }
        return unreachable ? ENDORSEMENT_UNAVAILABLE : OTHER;
    }

    private static WriteFailure ofEndorsement(EndorseException e) {
        List<String> texts = GatewayErrors.texts(e.getStatus(), e.getDetails());
        if (texts.stream().anyMatch(t -> t != null && t.contains(DUPLICATE_TRANSACTION))) {
            return ALREADY_COMMITTED;
        }
        Optional<GatewayErrors.Refusal> refusal = GatewayErrors.findRefusal(texts);
        if (refusal.isPresent()) {
            // The gateway's own peer endorsed, and another organisation's peer refused: that peer simulated on
            // older state (it is a block behind), so the peers disagree; a later attempt gets one answer.
            return isOnlyOtherPeersRefusal(e) ? ENDORSEMENTS_DIFFER : REFUSED;
        }
        if (GatewayErrors.isEndorsementMismatch(e)) {
            return ENDORSEMENTS_DIFFER;
        }
        if (GatewayErrors.findChaincodeFailure(texts).isPresent() || GatewayErrors.isAccessDenied(texts)) {
            return OTHER;
        }
        switch (e.getStatus().getCode()) {
            case UNAVAILABLE, DEADLINE_EXCEEDED, ABORTED -> {
                return ENDORSEMENT_UNAVAILABLE;
            }
            case FAILED_PRECONDITION -> {
                boolean noPeers = texts.stream().anyMatch(t -> t != null && NO_PEERS.stream()
                        .anyMatch(t.toLowerCase(Locale.ROOT)::contains));
                return noPeers ? ENDORSEMENT_UNAVAILABLE : OTHER;
            }
            default -> {
                return OTHER;
            }
        }
    }

    private static boolean isOnlyOtherPeersRefusal(EndorseException e) {
        String description = e.getStatus().getDescription();
        return description != null && description.startsWith(OTHERS_FAILED);
    }
}
