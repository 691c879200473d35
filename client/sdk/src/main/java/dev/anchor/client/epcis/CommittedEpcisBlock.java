package dev.anchor.client.epcis;

import java.util.List;
import java.util.Objects;

/**
 * One committed block of the channel, as far as captured EPCIS events go: every event that a valid transaction of
 * the block recorded, in ledger order (transaction, then write). A block without such events has an empty list; it
 * is still delivered, so that a follower can checkpoint past it.
 *
 * @param blockNumber the block's number
 * @param events      the events the block committed
 */
public record CommittedEpcisBlock(long blockNumber, List<CommittedEpcisEvent> events) {
    public CommittedEpcisBlock {
        events = List.copyOf(Objects.requireNonNull(events, "events"));
    }
}
