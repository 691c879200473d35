package dev.anchor.client.terms;

import java.util.Optional;

/**
 * The result of comparing a disclosed copy of terms with the ledger's declaration of the same handoff and parties.
 *
 * @param declaration the declaration of the copy's handoff and parties, empty if the ledger has none
 * @param copyHash    SHA-256 (hex) of the copy's canonical JSON
 */
public record TermsCheck(Optional<TermsDeclaration> declaration, String copyHash) {

    /** Whether the ledger declared exactly this copy. */
    public boolean matches() {
        return declaration.map(d -> d.termsHash().equals(copyHash)).orElse(false);
    }
}
