package dev.anchor.client;

import dev.anchor.model.vocabulary.ErrorCode;
import java.util.Objects;

/**
 * The transaction was endorsed and sent to the orderer, but the peers invalidated it at commit, so it had
 * no effect. Typically {@code MVCC_READ_CONFLICT}: another transaction changed the same batch first;
 * reading the batch again and retrying is safe. Its {@link #errorCode()} is {@link ErrorCode#COMMIT_FAILED}
 * and its {@link #transactionId()} is always present.
 */
public class CommitFailedException extends AnchorException {
    private static final long serialVersionUID = 1L;

    private final String validationCode;

    /**
     * @param validationCode the Fabric validation code name, e.g. {@code MVCC_READ_CONFLICT}
     * @param transactionId  the invalidated transaction
     */
    public CommitFailedException(String validationCode, String transactionId) {
        super(ErrorCode.COMMIT_FAILED,
                "transaction " + transactionId + " was not committed: the peers invalidated it with "
                        + validationCode + hint(validationCode),
                Objects.requireNonNull(transactionId, "transactionId"), null);
        this.validationCode = validationCode;
    }

    /** @return the Fabric validation code name, e.g. {@code MVCC_READ_CONFLICT} */
    public String validationCode() {
        return validationCode;
    }

    private static String hint(String validationCode) {
        return "MVCC_READ_CONFLICT".equals(validationCode)
                ? " (another transaction changed the batch at the same time; try again)"
                : "";
    }
}
