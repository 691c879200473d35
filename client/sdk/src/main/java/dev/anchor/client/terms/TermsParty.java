package dev.anchor.client.terms;

import com.fasterxml.jackson.databind.JsonNode;
import dev.anchor.client.AnchorException;
import dev.anchor.client.Organization;
import java.util.List;

/**
 * Commercial terms of handoffs, private to the two parties (docs/private-terms.md). The terms travel in the
 * proposal's transient map, are stored in the parties' private data collection (only their peers keep a copy, every
 * write endorsed by both), and the public ledger holds their salted hash:
 *
 * <pre>{@code
 * JsonNode terms = new ObjectMapper().readTree("{\"price\":\"12.40\",\"currency\":\"EUR\"}");
 * HandoffWithTerms sent = manufacturer.initiateHandoff("PEAR-001", Organization.DISTRIBUTOR, terms);
 * List<PartyTerms> seen = distributor.handoffTerms("PEAR-001");       // the copy on the distributor's peer
 * boolean ok = sent.copy().check(auditor.termsDeclarations("PEAR-001")).matches();
 * manufacturer.purgeTerms("PEAR-001");                                // the copies go, the hash stays
 * }</pre>
 */
public interface TermsParty {

    /**
     * Hands the batch off to {@code to} with commercial terms: one transaction initiates the handoff and declares the
     * terms' hash (endorsed as every write), a second stores the private copy, endorsed by the two parties' peers
     * only. If the second fails, the handoff stands with its declared hash and no copy.
     *
     * @param terms a JSON object (price, currency, contract reference, …)
     * @throws AnchorException as {@code initiateHandoff}, or for the second transaction
     */
    HandoffWithTerms initiateHandoff(String batchId, Organization to, JsonNode terms);

    /**
     * The terms of the handoffs of the batch that this client's organisation is a party to, with the copies its own
     * peer holds.
     *
     * @throws AnchorException {@code NOT_A_PARTY} for any other organisation, {@code TERMS_NOT_FOUND} if none
     */
    List<PartyTerms> handoffTerms(String batchId);

    /**
     * The public declarations of the batch's terms (parties and hashes), for any member of the channel.
     *
     * @throws AnchorException {@code TERMS_NOT_FOUND} if none
     */
    List<TermsDeclaration> termsDeclarations(String batchId);

    /**
     * Purges the private copies of the batch's terms that this organisation is a party to from both parties' peers
     * for good (Fabric's purge), one transaction per pair of parties; the declarations and their hashes stay.
     *
     * @return the declarations whose copies were purged
     * @throws AnchorException {@code NOT_A_PARTY} for any other organisation, {@code TERMS_NOT_FOUND} if none
     */
    List<TermsDeclaration> purgeTerms(String batchId);
}
