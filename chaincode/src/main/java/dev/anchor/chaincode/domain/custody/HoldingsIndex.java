package dev.anchor.chaincode.domain.custody;

/**
 * The indexes of who holds what and who is offered what, kept by the ledger on every custody change.
 * Each page reads only the index entries of the page and the states they name.
 */
public interface HoldingsIndex {

    /** What {@code mspId} holds: batches (packed or not) and units. */
    HoldingsPage heldBy(String mspId, int pageSize, String bookmark);

    /** The pending handoffs addressed to {@code mspId}: loose batches and units (not the batches inside them). */
    HoldingsPage offeredTo(String mspId, int pageSize, String bookmark);
}
