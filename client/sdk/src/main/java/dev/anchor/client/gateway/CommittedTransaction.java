package dev.anchor.client.gateway;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import dev.anchor.client.AnchorException;
import dev.anchor.model.vocabulary.ErrorCode;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.peer.ChaincodeAction;
import org.hyperledger.fabric.protos.peer.ChaincodeActionPayload;
import org.hyperledger.fabric.protos.peer.ChaincodeInvocationSpec;
import org.hyperledger.fabric.protos.peer.ChaincodeProposalPayload;
import org.hyperledger.fabric.protos.peer.ProcessedTransaction;
import org.hyperledger.fabric.protos.peer.ProposalResponsePayload;
import org.hyperledger.fabric.protos.peer.Transaction;
import org.hyperledger.fabric.protos.peer.TxValidationCode;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * A transaction as the ledger committed it (qscc {@code GetTransactionByID}): its validation code, the function and
 * arguments it called (the transient map is never on the ledger) and the chaincode's answer.
 *
 * @param transactionId  its id
 * @param validationCode how the peers validated it
 * @param call           the function, then its arguments
 * @param result         the chaincode's answer (UTF-8)
 */
record CommittedTransaction(String transactionId, TxValidationCode validationCode, List<String> call,
                            String result) {

    CommittedTransaction {
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(validationCode, "validationCode");
        call = List.copyOf(call);
        Objects.requireNonNull(result, "result");
    }

    /** @return whether the transaction took effect */
    boolean valid() {
        return validationCode == TxValidationCode.VALID;
    }

    /** Reads qscc's {@code ProcessedTransaction}. */
    static CommittedTransaction parse(String transactionId, byte[] processedTransaction) {
        try {
            ProcessedTransaction processed = ProcessedTransaction.parseFrom(processedTransaction);
            Payload payload = Payload.parseFrom(processed.getTransactionEnvelope().getPayload());
            Transaction transaction = Transaction.parseFrom(payload.getData());
            if (transaction.getActionsCount() != 1) {
                throw unreadable(transactionId, transaction.getActionsCount() + " actions, not 1");
            }
            ChaincodeActionPayload action = ChaincodeActionPayload.parseFrom(transaction.getActions(0).getPayload());
            ChaincodeInvocationSpec invocation = ChaincodeInvocationSpec.parseFrom(
                    ChaincodeProposalPayload.parseFrom(action.getChaincodeProposalPayload()).getInput());
            ChaincodeAction answer = ChaincodeAction.parseFrom(ProposalResponsePayload.parseFrom(
                    action.getAction().getProposalResponsePayload()).getExtension());
            TxValidationCode code = TxValidationCode.forNumber(processed.getValidationCode());
            return new CommittedTransaction(transactionId, code == null ? TxValidationCode.INVALID_OTHER_REASON : code,
                    invocation.getChaincodeSpec().getInput().getArgsList().stream().map(ByteString::toStringUtf8)
                            .toList(), answer.getResponse().getPayload().toString(StandardCharsets.UTF_8));
        } catch (InvalidProtocolBufferException e) {
            throw unreadable(transactionId, e.getMessage());
        }
    }

    private static AnchorException unreadable(String transactionId, String why) {
        return new AnchorException(ErrorCode.UNEXPECTED, "the ledger's transaction " + transactionId
                + " is unreadable: " + why, transactionId, null);
    }
}
