package dev.anchor.chaincode.domain.epcis;

import dev.anchor.chaincode.domain.shared.BatchId;
import java.util.List;

/**
 * The captured EPCIS events as the ledger's own queries read them: the range of every record, in event id order,
 * read a page at a time, and the events linked to a batch. A position is where a read of the records starts; it is
 * opaque to the domain.
 */
public interface EpcisRecords {

    /**
     * One read of at most {@code limit} records, in event id order.
     *
     * @param position where to start: {@code ""} for the first record, or a position that {@link #holds} accepts
     */
    EpcisScan read(String position, int limit);

    /** Whether {@code position} lies inside the range of the records (so that a bookmark cannot lead elsewhere). */
    boolean holds(String position);

    /** The records of the events linked to a batch, in time order. */
    List<EpcisRecord> eventsOfBatch(BatchId batchId);
}
