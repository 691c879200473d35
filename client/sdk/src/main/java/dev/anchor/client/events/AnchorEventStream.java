package dev.anchor.client.events;

import dev.anchor.client.Anchor;
import dev.anchor.client.AnchorException;

import java.util.Iterator;

/**
 * Anchor's chaincode events in commit order, blocking in {@link #hasNext()} until the next one commits. Close it to
 * stop following (another thread may close it to wake a blocked {@code hasNext()}, which then returns false).
 * Failures of the connection are {@link AnchorException}s, as for every call.
 */
public interface AnchorEventStream extends Iterator<AnchorEvent>, AutoCloseable {
    /** Stops following and releases the call to the peer. Idempotent; never throws. */
    @Override
    void close();
}
