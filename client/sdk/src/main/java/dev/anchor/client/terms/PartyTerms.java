package dev.anchor.client.terms;

import java.util.Objects;
import java.util.Optional;

/**
 * A party's view of a handoff's terms: the public declaration and the private copy its own peer holds (empty once
 * purged).
 *
 * @param declaration the public record
 * @param copy        the private copy, empty once purged
 */
public record PartyTerms(TermsDeclaration declaration, Optional<TermsDisclosure> copy) {
    /** Checks that no component is null. */
    public PartyTerms {
        Objects.requireNonNull(declaration, "declaration");
        Objects.requireNonNull(copy, "copy");
    }
}
