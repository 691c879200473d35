package dev.anchor.client.proof;

import com.google.protobuf.ByteString;
import dev.anchor.client.epcis.EpcisFeed;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVWrite;

import java.util.ArrayList;
import java.util.List;

/**
 * What a block committed under a family of keys: the writes (not deletes) of one chaincode's namespace whose key
 * starts with a prefix, made by the block's valid transactions (validation code from the block's
 * TRANSACTIONS_FILTER metadata), in ledger order (transaction, then write set). What both the proof's
 * {@link LedgerEvents} check and the {@link EpcisFeed} read from a block.
 */
public final class CommittedWrites {
    /**
     * One committed write.
     *
     * @param blockNumber      the block
     * @param transactionIndex the transaction's position in the block
     * @param transactionId    the transaction
     * @param key              the world-state key written
     * @param value            the value written
     */
    public record Write(long blockNumber, int transactionIndex, String transactionId, String key, ByteString value) {
    }

    private CommittedWrites() {
    }

    /**
     * @param block     the block
     * @param chaincode the chaincode whose namespace is read, e.g. {@code anchor}
     * @param keyPrefix the start of the keys sought, e.g. {@code "\u0000epcis\u0000"} for every EPCIS record
     * @return the writes, in ledger order
     * @throws ProofFormatException when a valid transaction of the block cannot be read
     */
    public static List<Write> of(Block block, String chaincode, String keyPrefix) {
        List<Write> writes = new ArrayList<>();
        for (ProofTransaction tx : ProofTransaction.valid(block)) {
            if (!chaincode.equals(tx.chaincode())) {
                continue;
            }
            for (KVWrite w : tx.writes()) {
                if (!w.getIsDelete() && w.getKey().startsWith(keyPrefix)) {
                    writes.add(new Write(tx.blockNumber(), tx.index(), tx.txId(), w.getKey(), w.getValue()));
                }
            }
        }
        return writes;
    }
}
