package dev.anchor.client.proof;

import java.util.Objects;

/**
 * One named check of a {@link ProvenanceProof} and its verdict.
 *
 * @param name   the check, e.g. {@code "endorsement policy"} (see {@link ProofVerification} for the list)
 * @param passed whether it passed
 * @param detail what was checked when it passed; what failed, first failure first, when it did not
 */
public record ProofCheck(String name, boolean passed, String detail) {
    /** Requires a name and a detail. */
    public ProofCheck {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(detail, "detail");
    }
}
