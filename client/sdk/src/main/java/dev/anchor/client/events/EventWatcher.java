package dev.anchor.client.events;

import dev.anchor.client.Anchor;
import dev.anchor.client.AnchorException;
import dev.anchor.model.vocabulary.ErrorCode;

import java.util.OptionalLong;

/**
 * The view for following Anchor as it happens: its chaincode events, as their transactions commit (any organisation
 * may watch; the events of every batch are visible to every member of the channel).
 */
public interface EventWatcher {
    /**
     * Follows Anchor's chaincode events ({@code Network.newChaincodeEventsRequest}). Where it starts: right after
     * the checkpoint's last saved event if it has one; else at {@code fromBlock}; else with the next block to commit.
     *
     * <pre>{@code
     * try (EventCheckpoint checkpoint = EventCheckpoint.file(Path.of("watch.checkpoint"));
     *      AnchorEventStream events = auditor.watchEvents(OptionalLong.empty(), checkpoint)) {
     *     while (events.hasNext()) {
     *         AnchorEvent event = events.next();
     *         for (ProvenanceEvent e : event.events()) {
     *             System.out.println(event.blockNumber() + " " + e.type() + " " + e.batchId());
     *         }
     *         checkpoint.save(event);
     *     }
     * }
     * }</pre>
     *
     * @param fromBlock  the first block to read when the checkpoint is empty; empty for "from now on"
     * @param checkpoint where to resume from; see {@link EventCheckpoint}
     * @return the stream; close it when done
     * @throws AnchorException with {@link ErrorCode#UNAVAILABLE} when the peer cannot be reached
     */
    AnchorEventStream watchEvents(OptionalLong fromBlock, EventCheckpoint checkpoint);
}
