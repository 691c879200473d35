package dev.anchor.client;

import dev.anchor.model.vocabulary.ErrorCode;

/**
 * The chaincode refused the request with one of its codes (see {@link ErrorCode#isChaincodeRefusal()}).
 * Nothing was written to the ledger.
 *
 * <pre>{@code
 * try {
 *     client.acceptHandoff("PEAR-001");
 * } catch (TransactionRefusedException e) {
 *     if (e.errorCode() == ErrorCode.NOT_RECIPIENT) { ... }
 * }
 * }</pre>
 */
public class TransactionRefusedException extends AnchorException {
    private static final long serialVersionUID = 1L;

    /**
     * @param errorCode     a chaincode refusal code, or {@link ErrorCode#UNEXPECTED} for a chaincode failure
     *                      without a known code
     * @param message       the chaincode's sentence, without the code
     * @param transactionId the refused transaction's id, or null
     * @param cause         the gateway exception, or null
     */
    public TransactionRefusedException(ErrorCode errorCode, String message, String transactionId, Throwable cause) {
        super(errorCode, message, transactionId, cause);
    }
}
