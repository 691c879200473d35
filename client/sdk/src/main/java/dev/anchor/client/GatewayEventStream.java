package dev.anchor.client;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.hyperledger.fabric.client.ChaincodeEvent;
import org.hyperledger.fabric.client.CloseableIterator;
import org.hyperledger.fabric.client.GatewayRuntimeException;

import java.nio.charset.StandardCharsets;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicBoolean;

/** {@link AnchorEventStream} over fabric-gateway's chaincode event iterator. */
final class GatewayEventStream implements AnchorEventStream {
    private final CloseableIterator<ChaincodeEvent> events;
    private final String peer;
    private final AtomicBoolean closed = new AtomicBoolean();

    GatewayEventStream(CloseableIterator<ChaincodeEvent> events, String peer) {
        this.events = events;
        this.peer = peer;
    }

    @Override
    public boolean hasNext() {
        if (closed.get()) {
            return false;
        }
        try {
            return events.hasNext();
        } catch (GatewayRuntimeException | StatusRuntimeException e) {
            if (closed.get() || cancelled(e)) {
                return false;
            }
            throw GatewayErrors.translate(e, "ChaincodeEvents", null, peer);
        }
    }

    @Override
    public AnchorEvent next() {
        if (!hasNext()) {
            throw new NoSuchElementException("the event stream is closed");
        }
        ChaincodeEvent e;
        try {
            e = events.next();
        } catch (GatewayRuntimeException | StatusRuntimeException ex) {
            throw GatewayErrors.translate(ex, "ChaincodeEvents", null, peer);
        }
        return AnchorEvent.of(e.getBlockNumber(), e.getTransactionId(), e.getEventName(),
                new String(e.getPayload(), StandardCharsets.UTF_8));
    }

    private static boolean cancelled(Exception e) {
        Status status = e instanceof GatewayRuntimeException g ? g.getStatus() : ((StatusRuntimeException) e).getStatus();
        return status.getCode() == Status.Code.CANCELLED;
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            events.close();
        }
    }
}
