package dev.anchor.server.verification;

import java.util.Objects;
import java.util.Optional;

/**
 * Whether a stored event is what the ledger committed: {@code verified}, or the reason it is not.
 *
 * @param verified whether the block's write is this event, under this hash, in this block
 * @param problem  what differs, when it is not verified
 */
public record LedgerVerdict(boolean verified, Optional<String> problem) {
    public LedgerVerdict {
        Objects.requireNonNull(problem, "problem");
    }

    static LedgerVerdict ok() {
        return new LedgerVerdict(true, Optional.empty());
    }

    static LedgerVerdict refused(String problem) {
        return new LedgerVerdict(false, Optional.of(problem));
    }
}
