package dev.anchor.cli.production;

import java.util.List;
import java.util.Objects;

/**
 * What became of one chunk of an import.
 *
 * @param chunk         the chunk
 * @param transactionId the transaction that recorded it, or null when it was not recorded
 * @param refused       its rows the chaincode refused (with their codes) when it refused the chunk, else empty
 * @param failure       why it was not recorded when the chaincode did not refuse it ({@code CODE: message}: the
 *                      network, a commit that failed), or null
 */
public record ChunkOutcome(ImportChunk chunk, String transactionId, List<RowProblem> refused, String failure) {
    /** Keeps an unmodifiable copy of the refused rows. */
    public ChunkOutcome {
        Objects.requireNonNull(chunk, "chunk");
        refused = List.copyOf(refused);
    }

    /** Whether its batches are on the ledger. */
    public boolean recorded() {
        return transactionId != null;
    }
}
