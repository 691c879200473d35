package dev.anchor.client.epcis;

import dev.anchor.client.AnchorException;
import dev.anchor.client.NetworkUnavailableException;

import java.util.Iterator;

/**
 * The channel's committed blocks as {@link CommittedEpcisBlock}s, in block order, blocking in {@link #hasNext()}
 * until the next block commits. Close it to stop following (another thread may close it to wake a blocked
 * {@code hasNext()}, which then returns false). Failures of the connection are {@link AnchorException}s
 * ({@link NetworkUnavailableException} when the peer is gone); follow again from the next block to go on.
 */
public interface CommittedEpcisBlocks extends Iterator<CommittedEpcisBlock>, AutoCloseable {
    /** Stops following and releases the call to the peer. Idempotent; never throws. */
    @Override
    void close();
}
