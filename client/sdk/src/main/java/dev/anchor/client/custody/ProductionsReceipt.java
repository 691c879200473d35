package dev.anchor.client.custody;

import java.util.List;
import java.util.Objects;

/**
 * The result of a committed {@code recordProductions}: one transaction that recorded every batch passed.
 *
 * @param transactionId the id of the committed transaction (of the first commit, when a retry or a rerun with the
 *                      same request id found the request already committed)
 * @param batchIds      the ids of the batches recorded, in the order passed
 */
public record ProductionsReceipt(String transactionId, List<String> batchIds) {
    /** Checks that no component is null; keeps an unmodifiable copy of the ids. */
    public ProductionsReceipt {
        Objects.requireNonNull(transactionId, "transactionId");
        batchIds = List.copyOf(batchIds);
    }
}
