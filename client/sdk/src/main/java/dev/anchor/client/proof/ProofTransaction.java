package dev.anchor.client.proof;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockMetadataIndex;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.HeaderType;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.common.SignatureHeader;
import org.hyperledger.fabric.protos.ledger.rwset.NsReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.TxReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVRWSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVWrite;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;
import org.hyperledger.fabric.protos.peer.ChaincodeAction;
import org.hyperledger.fabric.protos.peer.ChaincodeActionPayload;
import org.hyperledger.fabric.protos.peer.Endorsement;
import org.hyperledger.fabric.protos.peer.ProposalResponsePayload;
import org.hyperledger.fabric.protos.peer.Transaction;
import org.hyperledger.fabric.protos.peer.TxValidationCode;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * An endorser transaction read from a block with Fabric's protobuf classes: who created and signed it, the
 * proposal response payload its endorsers signed, their endorsements, and the chaincode's writes.
 *
 * @param blockNumber             the block holding it
 * @param index                   its position in the block
 * @param txId                    its transaction id (channel header)
 * @param channel                 its channel
 * @param creator                 the creator's serialized identity (signature header)
 * @param creatorBytes            the creator's identity as serialized in the signature header
 * @param nonce                   the signature header's nonce
 * @param payload                 the envelope's payload bytes, which the creator signed
 * @param creatorSignature        the envelope's signature
 * @param proposalResponsePayload what every endorser signed (with its own identity appended)
 * @param endorsements            the endorsements
 * @param chaincode               the chaincode that answered the proposal
 * @param writes                  that chaincode's writes, in the order of the write set
 * @param validationCode          the peer's validation flag for it (block metadata TRANSACTIONS_FILTER)
 */
record ProofTransaction(long blockNumber, int index, String txId, String channel, SerializedIdentity creator,
                        ByteString creatorBytes, ByteString nonce, ByteString payload, ByteString creatorSignature,
                        ByteString proposalResponsePayload, List<Endorsement> endorsements, String chaincode,
                        List<KVWrite> writes, TxValidationCode validationCode) {

    /** Finds the endorser transaction with this id in the block. */
    static Optional<ProofTransaction> find(Block block, String txId) {
        return scan(block, txId, false).stream().findFirst();
    }

    /**
     * Every readable endorser transaction of the block that the peers validated ({@link TxValidationCode#VALID}), in
     * block order. An invalid transaction is not read at all: it may be malformed, and it changed nothing.
     */
    static List<ProofTransaction> valid(Block block) {
        return scan(block, null, true);
    }

    private static List<ProofTransaction> scan(Block block, String txId, boolean validOnly) {
        List<ProofTransaction> found = new ArrayList<>();
        for (int i = 0; i < block.getData().getDataCount(); i++) {
            if (validOnly && validationCode(block, i) != TxValidationCode.VALID) {
                continue;
            }
            try {
                Envelope envelope = Envelope.parseFrom(block.getData().getData(i));
                Payload payload = Payload.parseFrom(envelope.getPayload());
                ChannelHeader ch = ChannelHeader.parseFrom(payload.getHeader().getChannelHeader());
                if ((txId == null || ch.getTxId().equals(txId))
                        && ch.getType() == HeaderType.ENDORSER_TRANSACTION_VALUE) {
                    found.add(read(block, i, envelope, payload, ch));
                    if (txId != null) {
                        break;
                    }
                }
            } catch (InvalidProtocolBufferException e) {
                // not a readable envelope: not the one sought
            }
        }
        return found;
    }

    private static ProofTransaction read(Block block, int index, Envelope envelope, Payload payload,
                                         ChannelHeader ch) throws InvalidProtocolBufferException {
        SignatureHeader sh = SignatureHeader.parseFrom(payload.getHeader().getSignatureHeader());
        SerializedIdentity creator = SerializedIdentity.parseFrom(sh.getCreator());
        Transaction tx = Transaction.parseFrom(payload.getData());
        if (tx.getActionsCount() != 1) {
            throw new ProofFormatException("transaction " + ch.getTxId() + " has " + tx.getActionsCount()
                    + " actions, not 1");
        }
        ChaincodeActionPayload cap = ChaincodeActionPayload.parseFrom(tx.getActions(0).getPayload());
        ByteString prpBytes = cap.getAction().getProposalResponsePayload();
        ProposalResponsePayload prp = ProposalResponsePayload.parseFrom(prpBytes);
        ChaincodeAction action = ChaincodeAction.parseFrom(prp.getExtension());
        String chaincode = action.getChaincodeId().getName();
        List<KVWrite> writes = new ArrayList<>();
        for (NsReadWriteSet ns : TxReadWriteSet.parseFrom(action.getResults()).getNsRwsetList()) {
            if (ns.getNamespace().equals(chaincode)) {
                writes.addAll(KVRWSet.parseFrom(ns.getRwset()).getWritesList());
            }
        }
        return new ProofTransaction(block.getHeader().getNumber(), index, ch.getTxId(), ch.getChannelId(), creator,
                sh.getCreator(), sh.getNonce(), envelope.getPayload(), envelope.getSignature(), prpBytes,
                List.copyOf(cap.getAction().getEndorsementsList()), chaincode, List.copyOf(writes),
                validationCode(block, index));
    }

    private static TxValidationCode validationCode(Block block, int index) {
        if (block.getMetadata().getMetadataCount() <= BlockMetadataIndex.TRANSACTIONS_FILTER_VALUE) {
            return TxValidationCode.INVALID_OTHER_REASON;
        }
        ByteString filter = block.getMetadata().getMetadata(BlockMetadataIndex.TRANSACTIONS_FILTER_VALUE);
        if (filter.size() <= index) {
            return TxValidationCode.INVALID_OTHER_REASON;
        }
        TxValidationCode code = TxValidationCode.forNumber(filter.byteAt(index) & 0xff);
        return code == null ? TxValidationCode.INVALID_OTHER_REASON : code;
    }

    /** Whether the transaction id is Fabric's: hex SHA-256 of the nonce followed by the creator. */
    boolean txIdMatchesNonceAndCreator() {
        return HexFormat.of().formatHex(FabricCrypto.sha256(nonce.toByteArray(), creatorBytes.toByteArray()))
                .equals(txId);
    }
}
