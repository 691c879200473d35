package dev.anchor.model.terms;

/**
 * The public record of a handoff's commercial terms, under {@code terms}+id+from+to in the world state, on every
 * peer: who agreed and the SHA-256 of the private copy's canonical JSON ({@link TermsCopy}), never the terms.
 *
 * @param from       the MSP ID of the organisation handing off
 * @param id         the batch id or SSCC handed off
 * @param termsHash  SHA-256 (hex) of the canonical JSON of the private copy, salt included
 * @param to         the MSP ID of the recipient
 * @param txId       the transaction that declared them (the handoff's)
 */
public record TermsDeclaration(String from, String id, String termsHash, String to, String txId) {
}
