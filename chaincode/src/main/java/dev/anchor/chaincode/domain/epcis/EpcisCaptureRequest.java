package dev.anchor.chaincode.domain.epcis;

import java.util.List;

/**
 * The argument of {@code CaptureEpcisEvents}, read: the {@code @context} of the events' document as JSON text
 * (null when absent) and the events, in the order the client sent them.
 */
public record EpcisCaptureRequest(String context, List<EpcisEvent> events) {

    public EpcisCaptureRequest {
        events = List.copyOf(events);
    }
}
