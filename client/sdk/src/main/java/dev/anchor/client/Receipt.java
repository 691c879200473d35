package dev.anchor.client;

import dev.anchor.client.custody.Batch;

import java.util.Objects;

/**
 * The result of a committed write.
 *
 * @param transactionId the id of the committed transaction
 * @param batch         the batch as the transaction left it
 */
public record Receipt(String transactionId, Batch batch) {
    /** Checks that no component is null. */
    public Receipt {
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(batch, "batch");
    }
}
