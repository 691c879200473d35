package dev.anchor.client.terms;

import java.util.Objects;

/**
 * The public record of a handoff's commercial terms, which every member of the channel may read: the two parties
 * and the SHA-256 of the private copy's canonical JSON ({@link TermsDisclosure#sha256()}), never the terms.
 *
 * @param id        the batch handed off
 * @param from      the MSP ID of the organisation handing off
 * @param to        the MSP ID of the recipient
 * @param termsHash SHA-256 (hex) of the private copy
 * @param txId      the handoff's transaction
 */
public record TermsDeclaration(String id, String from, String to, String termsHash, String txId) {
    /** Checks that no component but the transaction id is null. */
    public TermsDeclaration {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(termsHash, "termsHash");
    }
}
