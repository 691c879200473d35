package dev.anchor.client.proof;

import com.google.protobuf.InvalidProtocolBufferException;
import dev.anchor.client.AnchorException;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.provenance.Provenance;
import dev.anchor.client.provenance.ProvenanceEvent;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockMetadataIndex;
import org.hyperledger.fabric.protos.common.Metadata;
import org.hyperledger.fabric.protos.common.OrdererBlockMetadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Gathers a {@link ProvenanceProof} from a peer's query system chaincode ({@code qscc}): the block of each
 * event's transaction ({@code GetBlockByTxID}), the configuration block those blocks name as in force, and the
 * headers of every block from the configuration block (or the first event's block, if earlier) to the last event's
 * block ({@code GetBlockByNumber}): they link the configuration block into the chain the orderer signed.
 */
public final class ProofCollector {
    /** Evaluates a qscc function on the peer. */
    @FunctionalInterface
    public interface Qscc {
        byte[] evaluate(String function, String... args);
    }

    private final Qscc qscc;
    private final String channel;
    private final String chaincode;

    /** Collects through {@code qscc} the blocks of {@code chaincode}'s transactions on {@code channel}. */
    public ProofCollector(Qscc qscc, String channel, String chaincode) {
        this.qscc = qscc;
        this.channel = channel;
        this.chaincode = chaincode;
    }

    /**
     * @param batchId        the batch
     * @param provenanceJson the {@code GetProvenance} answer for it
     */
    public ProvenanceProof collect(String batchId, String provenanceJson) {
        Provenance provenance = Provenance.fromJson(provenanceJson);
        if (provenance.events().isEmpty()) {
            throw new AnchorException(ErrorCode.UNEXPECTED, "batch " + batchId + " has no events to prove");
        }
        Map<Long, Block> blocks = new TreeMap<>();
        List<String> seen = new ArrayList<>();
        for (ProvenanceEvent event : provenance.events()) {
            String txId = event.transactionId();
            if (txId == null || seen.contains(txId)) {
                continue;
            }
            seen.add(txId);
            Block block = parse(qscc.evaluate("GetBlockByTxID", channel, txId), "the block of transaction " + txId);
            blocks.putIfAbsent(block.getHeader().getNumber(), block);
        }
        long last = ((TreeMap<Long, Block>) blocks).lastKey();
        Block config = blockNumber(lastConfig(blocks.get(last)));
        long first = Math.min(config.getHeader().getNumber(), blocks.keySet().iterator().next());
        List<byte[]> headers = new ArrayList<>();
        for (long n = first; n <= last; n++) {
            Block block = n == config.getHeader().getNumber() ? config : blocks.get(n);
            if (block == null) {
                block = blockNumber(n);
            }
            headers.add(block.getHeader().toByteArray());
        }
        List<byte[]> blockBytes = new ArrayList<>();
        blocks.values().forEach(b -> blockBytes.add(b.toByteArray()));
        return new ProvenanceProof(batchId, channel, chaincode, provenanceJson, config.toByteArray(), blockBytes,
                headers);
    }

    private Block blockNumber(long number) {
        return parse(qscc.evaluate("GetBlockByNumber", channel, Long.toUnsignedString(number)), "block " + number);
    }

    /** The number of the configuration block in force when {@code block} was cut (orderer block metadata). */
    static long lastConfig(Block block) {
        try {
            Metadata signatures = Metadata.parseFrom(
                    block.getMetadata().getMetadata(BlockMetadataIndex.SIGNATURES_VALUE));
            return OrdererBlockMetadata.parseFrom(signatures.getValue()).getLastConfig().getIndex();
        } catch (InvalidProtocolBufferException | IndexOutOfBoundsException e) {
            throw new ProofFormatException("block " + block.getHeader().getNumber()
                    + " has no readable orderer metadata: " + e.getMessage());
        }
    }

    private static Block parse(byte[] bytes, String what) {
        try {
            return Block.parseFrom(bytes);
        } catch (InvalidProtocolBufferException e) {
            throw new AnchorException(ErrorCode.UNEXPECTED, "the peer's qscc answered " + what
                    + " with something that is not a block: " + e.getMessage());
        }
    }
}
