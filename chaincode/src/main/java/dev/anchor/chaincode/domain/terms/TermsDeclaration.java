package dev.anchor.chaincode.domain.terms;

import dev.anchor.chaincode.domain.shared.Sha256;
import java.util.Objects;

/**
 * The public record of a handoff's commercial terms: the two parties and the SHA-256 of the private copy's canonical
 * JSON. Every peer holds it; the terms themselves only the parties' peers ({@link TermsCollection}).
 */
public record TermsDeclaration(String id, String from, String to, Sha256 termsHash, String txId) {

    public TermsDeclaration {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(termsHash, "termsHash");
    }

    /** Whether the organisation is one of the two parties. */
    public boolean hasParty(String mspId) {
        return from.equals(mspId) || to.equals(mspId);
    }

    /** The private data collection of the two parties. */
    public String collection() {
        return TermsCollection.of(from, to);
    }
}
