package dev.anchor.client.epcis;

import dev.anchor.client.AnchorException;
import dev.anchor.model.vocabulary.ErrorCode;

import java.util.List;
import java.util.Objects;

/**
 * An EPCIS capture that did not complete. Either the document is invalid ({@link ErrorCode#INVALID_EPCIS_DOCUMENT}:
 * {@link #problems()} names each, and nothing was sent), or a transaction failed (the error code and transaction id
 * are that transaction's, the cause is its exception): {@link #partial()} tells what the transactions before it
 * recorded. Capturing the same document again records the rest; what is already recorded counts as duplicates.
 */
public class EpcisCaptureException extends AnchorException {
    private static final long serialVersionUID = 1L;

    private final transient List<EpcisProblem> problems;
    private final transient EpcisCaptureReport partial;

    /**
     * @param errorCode     why
     * @param message       the sentence after the code
     * @param transactionId the failed transaction, or null
     * @param problems      the schema's problems with the document (empty when it is valid)
     * @param partial       what was done before the failure
     * @param cause         the failed transaction's exception, or null
     */
    public EpcisCaptureException(ErrorCode errorCode, String message, String transactionId,
                                 List<EpcisProblem> problems, EpcisCaptureReport partial, Throwable cause) {
        super(errorCode, message, transactionId, cause);
        this.problems = List.copyOf(problems);
        this.partial = Objects.requireNonNull(partial, "partial");
    }

    /** @return each problem of an invalid document (JSON path and reason); empty when the document is valid */
    public List<EpcisProblem> problems() {
        return problems;
    }

    /** @return what was recorded (and found duplicate) before the capture stopped */
    public EpcisCaptureReport partial() {
        return partial;
    }
}
