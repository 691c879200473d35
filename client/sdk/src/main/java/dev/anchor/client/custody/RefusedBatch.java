package dev.anchor.client.custody;

import dev.anchor.model.vocabulary.ErrorCode;

import java.io.Serializable;
import java.util.Objects;

/**
 * One batch of a {@code recordProductions} call that the chaincode refused, as a
 * {@link dev.anchor.client.BatchesRefusedException} names it.
 *
 * @param index     its position in the list passed (from 0)
 * @param batchId   its batch id as passed
 * @param errorCode why, the code {@code recordProduction} would have refused it with (e.g.
 *                  {@link ErrorCode#BATCH_EXISTS}, {@link ErrorCode#INVALID_INPUT})
 * @param message   the chaincode's sentence, e.g. {@code batch PEAR-3 already exists}
 */
public record RefusedBatch(int index, String batchId, ErrorCode errorCode, String message) implements Serializable {
    /** Checks that no component is null and the index is not negative. */
    public RefusedBatch {
        if (index < 0) {
            throw new IllegalArgumentException("index " + index);
        }
        Objects.requireNonNull(batchId, "batchId");
        Objects.requireNonNull(errorCode, "errorCode");
        Objects.requireNonNull(message, "message");
    }
}
