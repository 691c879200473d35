package dev.anchor.client.terms;

import dev.anchor.client.Receipt;
import java.util.Objects;

/**
 * A handoff initiated with commercial terms: its receipt (the public transaction, which declared the terms' hash),
 * the private copy as stored in the parties' collection, and the transaction that stored it.
 *
 * @param handoff             the handoff's receipt
 * @param copy                the private copy (keep it to disclose it later)
 * @param termsTransactionId  the transaction that stored the copy
 */
public record HandoffWithTerms(Receipt handoff, TermsDisclosure copy, String termsTransactionId) {
    /** Checks that no component is null. */
    public HandoffWithTerms {
        Objects.requireNonNull(handoff, "handoff");
        Objects.requireNonNull(copy, "copy");
        Objects.requireNonNull(termsTransactionId, "termsTransactionId");
    }
}
