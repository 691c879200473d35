package dev.anchor.model.terms;

/**
 * The answer of {@code GetHandoffTerms} to a party: the declaration and the copy its peer holds, or null once purged.
 *
 * @param copy        the private copy, or null when it was purged (or the peer has none)
 * @param declaration the public record
 */
public record HandoffTerms(TermsCopy copy, TermsDeclaration declaration) {
}
