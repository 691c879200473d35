package dev.anchor.client.gateway;

import dev.anchor.client.AnchorException;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.hyperledger.fabric.client.CloseableIterator;
import org.hyperledger.fabric.client.GatewayRuntimeException;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Following one of fabric-gateway's event iterators: blocks in {@link #hasNext()} until the peer delivers, returns
 * false once closed (also when another thread closes it while waiting), and turns the connection's failures into
 * {@link AnchorException}s. Subclasses say what one delivered item becomes.
 *
 * @param <S> what the peer delivers
 * @param <T> what the caller gets
 */
abstract class GatewayFollower<S, T> implements Iterator<T>, AutoCloseable {
    private final CloseableIterator<S> source;
    private final String operation;
    private final String peer;
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * @param source    the peer's events
     * @param operation the Gateway service's call, for messages
     * @param peer      the peer endpoint, for messages
     */
    GatewayFollower(CloseableIterator<S> source, String operation, String peer) {
        this.source = source;
        this.operation = operation;
        this.peer = peer;
    }

    /** What one delivered item becomes. */
    abstract T convert(S delivered);

    @Override
    public final boolean hasNext() {
        if (closed.get()) {
            return false;
        }
        try {
            return source.hasNext();
        } catch (GatewayRuntimeException | StatusRuntimeException e) {
            if (closed.get() || cancelled(e)) {
                return false;
            }
            throw GatewayErrors.translate(e, operation, null, peer);
        }
    }

    @Override
    public final T next() {
        if (!hasNext()) {
            throw new NoSuchElementException("the " + operation + " stream is closed");
        }
        S delivered;
        try {
            delivered = source.next();
        } catch (GatewayRuntimeException | StatusRuntimeException e) {
            throw GatewayErrors.translate(e, operation, null, peer);
        }
        return convert(delivered);
    }

    private static boolean cancelled(Exception e) {
        Status status = e instanceof GatewayRuntimeException g ? g.getStatus() : ((StatusRuntimeException) e).getStatus();
        return status.getCode() == Status.Code.CANCELLED;
    }

    /** Stops following and releases the call to the peer. Idempotent; never throws. */
    @Override
    public final void close() {
        if (closed.compareAndSet(false, true)) {
            source.close();
        }
    }
}
