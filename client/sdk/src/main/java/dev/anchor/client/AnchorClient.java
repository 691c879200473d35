package dev.anchor.client;

import dev.anchor.client.custody.CustodyParticipant;
import dev.anchor.client.epcis.EpcisCapturer;
import dev.anchor.client.epcis.EpcisFeed;
import dev.anchor.client.epcis.EpcisReader;
import dev.anchor.client.events.EventWatcher;
import dev.anchor.client.gateway.LocalNetwork;
import dev.anchor.client.request.RetryPolicy;
import dev.anchor.client.terms.TermsParty;
import dev.anchor.model.vocabulary.ErrorCode;

/**
 * A connection to the Anchor chaincode as one organisation. Obtain one from {@link Anchor#connect} or
 * {@link LocalNetwork#connect}, and close it when done (it owns a gRPC channel).
 *
 * <p>Writes are submitted and wait for their commit; they return a {@link Receipt} with the transaction id and
 * the batch as the transaction left it. Reads are evaluated on one peer. Failures are {@link AnchorException}s:
 * {@link TransactionRefusedException} (the chaincode refused, with an {@link ErrorCode}),
 * {@link CommitFailedException}, {@link NetworkUnavailableException}. The organisation is that of the
 * certificate: the chaincode decides what it may do, so e.g. an auditor's {@code recordProduction} is refused
 * with {@link ErrorCode#FORBIDDEN_ROLE}.
 *
 * <p>Every write is made exactly once: it carries a request id (a new UUID per call, or your own through
 * {@link #withRequestId}), and what is safe to retry (peers or orderer unavailable, a lost commit status, a read
 * conflict) is retried with the same id under the {@link RetryPolicy} of the {@link ConnectionOptions}; a retry
 * of a write that had in fact committed returns that first commit's receipt. Refusals are never retried.
 * Pass the narrower views ({@link BatchProducer},
 * {@link CustodyParticipant}, {@link ProvenanceReader}, {@link EventWatcher}, {@link EpcisCapturer},
 * {@link EpcisReader}, {@link EpcisFeed}) to code that needs only those.
 *
 * <p>A complete program, run against the local network that {@code network-config/network.sh up} starts:
 * <pre>{@code
 * import dev.anchor.client.*;
 * import dev.anchor.client.custody.*;
 * import dev.anchor.client.gateway.LocalNetwork;
 * import dev.anchor.client.lineage.*;
 * import dev.anchor.client.provenance.*;
 * import java.math.BigDecimal;
 * import java.nio.file.Path;
 * import java.util.List;
 *
 * public final class Pears {
 *     public static void main(String[] args) {
 *         LocalNetwork network = LocalNetwork.load(Path.of(".anchor/network.json"));
 *         try (AnchorClient manufacturer = network.connect(Organization.MANUFACTURER);
 *              AnchorClient distributor = network.connect(Organization.DISTRIBUTOR)) {
 *             Receipt produced = manufacturer.recordProduction(new ProductionRecord("PEAR-001",
 *                     "09506000134352", "Conference pears", new BigDecimal("1200"), "kg", "Orchard Lane"));
 *             System.out.println("recorded in transaction " + produced.transactionId());
 *
 *             manufacturer.initiateHandoff("PEAR-001", Organization.DISTRIBUTOR);
 *             Batch batch = distributor.acceptHandoff("PEAR-001").batch();
 *             System.out.println("custodian: " + batch.custodian());          // DistributorMSP
 *
 *             Provenance provenance = distributor.getProvenance("PEAR-001");
 *             for (ProvenanceEvent e : provenance.events()) {
 *                 System.out.println(e.seq() + " " + e.type() + " by " + e.actor());
 *             }
 *             ChainVerification check = provenance.verify(batch);
 *             System.out.println(check.intact() ? "hash chain intact" : "tampered: " + check.problem());
 *
 *             manufacturer.recordProduction(new ProductionRecord("PEAR-002", "09506000134352",
 *                     "Conference pears", new BigDecimal("800"), "kg", "Orchard Lane"));
 *             manufacturer.transform(new TransformationRecord(List.of(Consumption.parse("PEAR-002:600")),
 *                     new ProductionRecord("JUICE-001", "09506000134369", "Pear juice", new BigDecimal("450"), "l",
 *                             "Press house")));
 *             manufacturer.recall("PEAR-002", "Listeria in lab sample 4711");
 *             for (TraceNode n : manufacturer.traceForward("PEAR-002").nodes()) {
 *                 System.out.println(n.batchId() + " recalled, held by " + n.custodian());
 *             }
 *         } catch (TransactionRefusedException e) {
 *             System.err.println("refused: " + e.errorCode() + ": " + e.getMessage());
 *         }
 *     }
 * }
 * }</pre>
 */
public interface AnchorClient extends BatchProducer, CustodyParticipant, ProvenanceReader, EventWatcher, EpcisCapturer,
        EpcisReader, EpcisFeed, TermsParty, AutoCloseable {
    /** @return the organisation this client acts as (that of its certificate) */
    Organization organization();

    /**
     * This client for one logical request with your own request id: every write made through the returned view
     * carries {@code requestId} instead of a new id per call. Use it to make a request exactly once across
     * processes: journal the id before you send, and after a crash send the same request again with the same id;
     * if it had committed, you get the first transaction's receipt, and nothing is written twice. The id derives the
     * transaction id with your identity (its certificate), so send it again as the same identity. A second, different
     * write through the same view is refused with {@link ErrorCode#REQUEST_ID_REUSED}. Reads are unchanged.
     * The view shares this client's connection: closing it does nothing, close this client.
     *
     * <pre>{@code
     * String requestId = journal.nextRequestId();            // e.g. a UUID, written down before sending
     * Receipt r = manufacturer.withRequestId(requestId).recordProduction(record);
     * }</pre>
     *
     * @param requestId 1 to 128 characters of {@code A-Z a-z 0-9 . _ : -}, unique per request of your identity
     * @return a view of this client whose writes carry {@code requestId}
     * @throws AnchorException with {@link ErrorCode#INVALID_INPUT} for a malformed id
     */
    AnchorClient withRequestId(String requestId);

    /** Closes the gateway and the gRPC channel. Idempotent; never throws. */
    @Override
    void close();
}
