package dev.anchor.client.gateway;

import com.google.protobuf.ByteString;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockData;
import org.hyperledger.fabric.protos.common.BlockHeader;
import org.hyperledger.fabric.protos.common.BlockMetadata;
import org.hyperledger.fabric.protos.common.BlockMetadataIndex;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.Header;
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
import org.hyperledger.fabric.protos.peer.ChaincodeEndorsedAction;
import org.hyperledger.fabric.protos.peer.ChaincodeID;
import org.hyperledger.fabric.protos.peer.ProposalResponsePayload;
import org.hyperledger.fabric.protos.peer.Transaction;
import org.hyperledger.fabric.protos.peer.TransactionAction;
import org.hyperledger.fabric.protos.peer.TxValidationCode;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds committed blocks from Fabric's protos, as a peer delivers them: endorser transactions of a chaincode with
 * their write sets, and the validation flags in the TRANSACTIONS_FILTER metadata.
 */
final class TestBlocks {
    private final long number;
    private final List<Envelope> envelopes = new ArrayList<>();
    private final List<TxValidationCode> codes = new ArrayList<>();

    private TestBlocks(long number) {
        this.number = number;
    }

    static TestBlocks block(long number) {
        return new TestBlocks(number);
    }

    /** The key under which the chaincode writes a captured event's record: {@code \0epcis\0<eventId>\0}. */
    static String recordKey(String eventId) {
        return "\u0000epcis\u0000" + eventId + "\u0000";
    }

    static KVWrite write(String key, String value) {
        return KVWrite.newBuilder().setKey(key).setValue(ByteString.copyFromUtf8(value)).build();
    }

    static KVWrite delete(String key) {
        return KVWrite.newBuilder().setKey(key).setIsDelete(true).build();
    }

    /** A transaction of {@code chaincode} with these writes in its own namespace, validated with {@code code}. */
    TestBlocks transaction(String txId, String chaincode, TxValidationCode code, KVWrite... writes) {
        return transaction(txId, chaincode, code, List.of(namespace(chaincode, writes)));
    }

    /** A transaction of {@code chaincode} with writes in the given namespaces. */
    TestBlocks transaction(String txId, String chaincode, TxValidationCode code, List<NsReadWriteSet> namespaces) {
        ChaincodeAction action = ChaincodeAction.newBuilder()
                .setChaincodeId(ChaincodeID.newBuilder().setName(chaincode))
                .setResults(TxReadWriteSet.newBuilder().addAllNsRwset(namespaces).build().toByteString())
                .build();
        ProposalResponsePayload prp = ProposalResponsePayload.newBuilder().setExtension(action.toByteString()).build();
        ChaincodeActionPayload cap = ChaincodeActionPayload.newBuilder()
                .setAction(ChaincodeEndorsedAction.newBuilder().setProposalResponsePayload(prp.toByteString()))
                .build();
        Transaction tx = Transaction.newBuilder()
                .addActions(TransactionAction.newBuilder().setPayload(cap.toByteString())).build();
        return envelope(txId, HeaderType.ENDORSER_TRANSACTION, tx.toByteString(), code);
    }

    /** A transaction whose envelope holds {@code actions} actions (a malformed one, unless the peers flagged it). */
    TestBlocks transactionOfActions(String txId, int actions, TxValidationCode code) {
        Transaction.Builder tx = Transaction.newBuilder();
        for (int i = 0; i < actions; i++) {
            tx.addActions(TransactionAction.newBuilder());
        }
        return envelope(txId, HeaderType.ENDORSER_TRANSACTION, tx.build().toByteString(), code);
    }

    /** A channel configuration transaction. */
    TestBlocks configuration() {
        return envelope("", HeaderType.CONFIG, ByteString.EMPTY, TxValidationCode.VALID);
    }

    static NsReadWriteSet namespace(String name, KVWrite... writes) {
        return NsReadWriteSet.newBuilder().setNamespace(name)
                .setRwset(KVRWSet.newBuilder().addAllWrites(List.of(writes)).build().toByteString()).build();
    }

    private TestBlocks envelope(String txId, HeaderType type, ByteString data, TxValidationCode code) {
        ChannelHeader ch = ChannelHeader.newBuilder().setType(type.getNumber()).setTxId(txId).setChannelId("supplychain")
                .build();
        SignatureHeader sh = SignatureHeader.newBuilder()
                .setCreator(SerializedIdentity.newBuilder().setMspid("ManufacturerMSP").build().toByteString())
                .setNonce(ByteString.copyFromUtf8("nonce-" + txId)).build();
        Payload payload = Payload.newBuilder()
                .setHeader(Header.newBuilder().setChannelHeader(ch.toByteString()).setSignatureHeader(sh.toByteString()))
                .setData(data).build();
        envelopes.add(Envelope.newBuilder().setPayload(payload.toByteString()).build());
        codes.add(code);
        return this;
    }

    Block build() {
        byte[] filter = new byte[codes.size()];
        for (int i = 0; i < filter.length; i++) {
            filter[i] = (byte) codes.get(i).getNumber();
        }
        BlockMetadata.Builder metadata = BlockMetadata.newBuilder();
        for (int i = 0; i <= BlockMetadataIndex.COMMIT_HASH_VALUE; i++) {
            metadata.addMetadata(i == BlockMetadataIndex.TRANSACTIONS_FILTER_VALUE ? ByteString.copyFrom(filter)
                    : ByteString.EMPTY);
        }
        BlockData.Builder data = BlockData.newBuilder();
        envelopes.forEach(e -> data.addData(e.toByteString()));
        return Block.newBuilder().setHeader(BlockHeader.newBuilder().setNumber(number)).setData(data)
                .setMetadata(metadata).build();
    }
}
