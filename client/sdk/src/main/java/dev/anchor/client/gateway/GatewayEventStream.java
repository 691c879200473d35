package dev.anchor.client.gateway;

import dev.anchor.client.events.AnchorEvent;
import dev.anchor.client.events.AnchorEventStream;
import org.hyperledger.fabric.client.ChaincodeEvent;
import org.hyperledger.fabric.client.CloseableIterator;

import java.nio.charset.StandardCharsets;

/** {@link AnchorEventStream} over fabric-gateway's chaincode event iterator. */
final class GatewayEventStream extends GatewayFollower<ChaincodeEvent, AnchorEvent> implements AnchorEventStream {

    GatewayEventStream(CloseableIterator<ChaincodeEvent> events, String peer) {
        super(events, "ChaincodeEvents", peer);
    }

    @Override
    AnchorEvent convert(ChaincodeEvent e) {
        return AnchorEvent.of(e.getBlockNumber(), e.getTransactionId(), e.getEventName(),
                new String(e.getPayload(), StandardCharsets.UTF_8));
    }
}
