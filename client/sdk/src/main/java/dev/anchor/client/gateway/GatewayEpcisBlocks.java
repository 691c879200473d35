package dev.anchor.client.gateway;

import dev.anchor.client.Anchor;
import dev.anchor.client.epcis.CommittedEpcisBlock;
import dev.anchor.client.epcis.CommittedEpcisBlocks;
import org.hyperledger.fabric.client.CloseableIterator;
import org.hyperledger.fabric.protos.common.Block;

/** {@link CommittedEpcisBlocks} over fabric-gateway's block event iterator. */
final class GatewayEpcisBlocks extends GatewayFollower<Block, CommittedEpcisBlock> implements CommittedEpcisBlocks {
    private final String chaincode;

    /**
     * @param blocks    the peer's committed blocks
     * @param chaincode the Anchor chaincode's name, whose writes are read
     * @param peer      the peer endpoint, for messages
     */
    GatewayEpcisBlocks(CloseableIterator<Block> blocks, String chaincode, String peer) {
        super(blocks, "BlockEvents", peer);
        this.chaincode = chaincode;
    }

    @Override
    CommittedEpcisBlock convert(Block block) {
        return EpcisBlockReader.read(block, chaincode);
    }
}
