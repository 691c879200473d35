package dev.anchor.chaincode.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The captured EPCIS events and their indexes, as queries read them. A range is an index and a value
 * ({@link EpcisMatcher}): an exact value's range holds its events in time order; a prefix's range holds the
 * entries of every value that begins with it, by value then time. A position is where a read starts within
 * a range; it is opaque to the domain.
 */
public interface EpcisIndex {

    /**
     * One read of at most {@code limit} entries of a range, in key order.
     *
     * @param position where to start: {@code ""} for the beginning of the range, or a position that
     *                 {@link #holds} accepts
     */
    EpcisEntries read(EpcisIndexName index, EpcisMatcher range, String position, int limit);

    /** The position of the first entry at or after {@code time} in an exact range (or in the time index). */
    String positionAt(EpcisIndexName index, EpcisMatcher range, Instant time);

    /** Whether {@code position} lies inside the range (so that a bookmark cannot lead anywhere else). */
    boolean holds(EpcisIndexName index, EpcisMatcher range, String position);

    /** The stored record of an event. */
    Optional<EpcisRecord> record(String eventId);

    /** The records of the events linked to a batch, in time order. */
    List<EpcisRecord> eventsOfBatch(BatchId batchId);
}
