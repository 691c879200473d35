package dev.anchor.client.gateway;

import org.hyperledger.fabric.client.Proposal;

import java.util.Optional;

/**
 * The transactions of one request on the ledger: its proposals, each with the transaction id its request id and
 * generation derive ({@link dev.anchor.model.request.RequestNonce}), and what the ledger committed under such an id.
 */
interface RequestTransactions {

    /**
     * A proposal of {@code function(args)} carrying the request id (and its generation when not 0) in its transient
     * map, whose transaction id is {@code SHA-256(RequestNonce.of(requestId, generation) || creator)}.
     */
    Proposal propose(String function, String requestId, int generation, String... args);

    /** The first transaction the ledger holds with this id, valid or not; empty if the peer has none (yet). */
    Optional<CommittedTransaction> committed(String transactionId);
}
