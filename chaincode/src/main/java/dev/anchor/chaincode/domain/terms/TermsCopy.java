package dev.anchor.chaincode.domain.terms;

import java.util.Objects;

/**
 * A private copy of a handoff's terms as a client sent it: whom it names, and its canonical JSON, the bytes stored
 * in the parties' collection and hashed into the declaration. The terms' content is the parties' business.
 */
public record TermsCopy(String id, String from, String to, byte[] canonical) {

    public TermsCopy {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        canonical = canonical.clone();
    }

    @Override
    public byte[] canonical() {
        return canonical.clone();
    }
}
