package dev.anchor.cli.batch.imports;

import dev.anchor.model.vocabulary.ErrorCode;

import java.util.List;
import java.util.Objects;

/**
 * What became of one chunk of an import.
 *
 * @param chunk         the chunk
 * @param transactionId the transaction that recorded it, or null when it was not recorded
 * @param refused       its rows the chaincode refused (with their codes) when it refused the chunk, else empty
 * @param failureCode   the code of the failure when it was sent and failed otherwise than by refused rows (the
 *                      network, a commit that failed, a refusal of the whole request), or null
 * @param failure       why it was not recorded when no row was refused ({@code CODE: message}, or that it was not
 *                      sent), or null
 */
public record ChunkOutcome(ImportChunk chunk, String transactionId, List<RowProblem> refused, ErrorCode failureCode,
                           String failure) {
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
