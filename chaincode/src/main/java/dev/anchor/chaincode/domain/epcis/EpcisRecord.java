package dev.anchor.chaincode.domain.epcis;

import java.util.Objects;

/**
 * A captured EPCIS event as stored under its id: the stored record's canonical JSON, exactly as written at
 * capture ({@code capturedAt}, {@code capturedBy}, {@code context}, {@code event}, {@code eventId},
 * {@code txId}), and the facts of its event that queries filter on.
 */
public record EpcisRecord(String eventId, EpcisEventFacts facts, byte[] json) {

    public EpcisRecord {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(facts, "facts");
        json = json.clone();
    }

    @Override
    public byte[] json() {
        return json.clone();
    }
}
