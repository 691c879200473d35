package dev.anchor.model.terms;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The private copy of a handoff's commercial terms, as the two parties' collection holds it and as a party discloses
 * it: its canonical JSON is what {@link TermsDeclaration#termsHash()} is the SHA-256 of. The salt, chosen at random
 * by the client that attached the terms, keeps the hash from being guessed from likely terms.
 *
 * @param from  the MSP ID of the organisation handing off
 * @param id    the batch id or SSCC handed off
 * @param salt  at least 16 characters of randomness, chosen by the client
 * @param terms the terms: any JSON object (price, currency, contract reference, invoice number, …)
 * @param to    the MSP ID of the recipient
 */
public record TermsCopy(String from, String id, String salt, JsonNode terms, String to) {
}
