package dev.anchor.client.epcis;

import dev.anchor.client.AnchorException;
import dev.anchor.client.NetworkUnavailableException;

/**
 * The view for keeping a copy of the captured EPCIS events: the channel's committed blocks, one after another, each
 * with the events its valid transactions recorded. What a query store follows to stay current (the read side of
 * {@code anchor serve}); any organisation may follow, as every member of the channel sees every block.
 *
 * <pre>{@code
 * long next = store.nextBlock();                          // your checkpoint: one past the last block kept
 * try (CommittedEpcisBlocks blocks = auditor.followEpcisBlocks(next)) {
 *     while (blocks.hasNext()) {
 *         CommittedEpcisBlock block = blocks.next();
 *         for (CommittedEpcisEvent e : block.events()) {
 *             System.out.println(block.blockNumber() + " " + e.transactionId() + " " + e.eventId());
 *         }
 *         store.keep(block);                              // the events and the checkpoint, in one transaction
 *     }
 * }
 * }</pre>
 */
public interface EpcisFeed {
    /**
     * Follows the channel's committed blocks from {@code fromBlock} on, waiting for new blocks as they commit. Every
     * block is delivered, in order and without gaps; one whose transactions recorded no EPCIS event (other writes,
     * invalid transactions, configuration) comes with an empty list, so that a follower can checkpoint past it.
     * An event is delivered as the record the chaincode wrote under its event hash, with where it committed.
     *
     * @param fromBlock the first block to deliver, 0 for the channel's first block
     * @return the blocks; close it when done
     * @throws NetworkUnavailableException when the peer cannot be reached (also later, from the stream)
     * @throws AnchorException             for any other failure, e.g. a block that cannot be read
     */
    CommittedEpcisBlocks followEpcisBlocks(long fromBlock);
}
