package dev.anchor.client.proof;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import dev.anchor.client.wire.AnchorJson;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.peer.ChaincodeActionPayload;
import org.hyperledger.fabric.protos.peer.ChaincodeEndorsedAction;
import org.hyperledger.fabric.protos.peer.Transaction;
import org.hyperledger.fabric.protos.peer.TransactionAction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Two real proof bundles made on the local network (batches A and B: produced, handed to the distributor,
 * rejected, handed to the retailer, accepted; five events in five blocks each) and the means to tamper with them.
 */
final class ProofFixtures {
    private ProofFixtures() {
    }

    static ProvenanceProof batchA() {
        return ProvenanceProof.fromJson(text("batch-a.proof.json"));
    }

    static ProvenanceProof batchB() {
        return ProvenanceProof.fromJson(text("batch-b.proof.json"));
    }

    static String text(String name) {
        try (InputStream in = ProofFixtures.class.getResourceAsStream("proofs/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The organisations' CA certificates of the network the fixtures come from. */
    static Path trustDirectory() {
        try {
            return Path.of(ProofFixtures.class.getResource("proofs/trust").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The bundle with its provenance answer edited. */
    static ProvenanceProof withProvenance(ProvenanceProof proof, UnaryOperator<ObjectNode> edit) {
        ObjectNode answer = (ObjectNode) AnchorJson.parseObject(AnchorJson.write(
                AnchorJson.parseObject(proof.toJson(), "proof").get("provenance")), "provenance");
        return new ProvenanceProof(proof.batchId(), proof.channel(), proof.chaincode(),
                AnchorJson.write(edit.apply(answer)), proof.configBlock(), proof.blocks(), proof.headers());
    }

    static ArrayNode events(ObjectNode answer) {
        return (ArrayNode) answer.get("events");
    }

    static String txIdOfEvent(ProvenanceProof proof, int seq) {
        return proof.provenance().events().get(seq - 1).transactionId();
    }

    /** The bundle with block {@code index} (of its event blocks) replaced. */
    static ProvenanceProof withBlock(ProvenanceProof proof, int index, UnaryOperator<Block> edit) {
        List<byte[]> blocks = new ArrayList<>(proof.blocks());
        blocks.set(index, edit.apply(parse(blocks.get(index))).toByteArray());
        return new ProvenanceProof(proof.batchId(), proof.channel(), proof.chaincode(), provenanceText(proof),
                proof.configBlock(), blocks, proof.headers());
    }

    static ProvenanceProof withBlocks(ProvenanceProof proof, List<byte[]> blocks, List<byte[]> headers) {
        return new ProvenanceProof(proof.batchId(), proof.channel(), proof.chaincode(), provenanceText(proof),
                proof.configBlock(), blocks, headers);
    }

    static String provenanceText(ProvenanceProof proof) {
        JsonNode n = AnchorJson.parseObject(proof.toJson(), "proof").get("provenance");
        return AnchorJson.write(n);
    }

    static Block parse(byte[] bytes) {
        try {
            return Block.parseFrom(bytes);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Edits the endorsed action of the transaction {@code txId} inside the block, re-serializing every layer. */
    static Block editAction(Block block, String txId, UnaryOperator<ChaincodeEndorsedAction> edit) {
        try {
            Block.Builder b = block.toBuilder();
            for (int i = 0; i < block.getData().getDataCount(); i++) {
                Envelope env = Envelope.parseFrom(block.getData().getData(i));
                Payload payload = Payload.parseFrom(env.getPayload());
                if (!ChannelHeader.parseFrom(payload.getHeader().getChannelHeader()).getTxId().equals(txId)) {
                    continue;
                }
                Transaction tx = Transaction.parseFrom(payload.getData());
                TransactionAction action = tx.getActions(0);
                ChaincodeActionPayload cap = ChaincodeActionPayload.parseFrom(action.getPayload());
                ChaincodeActionPayload edited = cap.toBuilder().setAction(edit.apply(cap.getAction())).build();
                Transaction newTx = tx.toBuilder().setActions(0, action.toBuilder()
                        .setPayload(edited.toByteString())).build();
                Payload newPayload = payload.toBuilder().setData(newTx.toByteString()).build();
                b.getDataBuilder().setData(i, env.toBuilder().setPayload(newPayload.toByteString()).build()
                        .toByteString());
                return b.build();
            }
            throw new IllegalStateException("no transaction " + txId + " in block " + block.getHeader().getNumber());
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException(e);
        }
    }

    static ByteString flipByte(ByteString bytes, int index) {
        byte[] b = bytes.toByteArray();
        b[index] ^= 0x01;
        return ByteString.copyFrom(b);
    }
}
