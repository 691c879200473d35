package dev.anchor.chaincode.domain.epcis;

import java.util.List;
import java.util.Objects;

/**
 * What one read of the captured events' records gave: the records in event id order, and the position at which
 * the records go on ({@code ""} when the read reached the last of them).
 */
public record EpcisScan(List<EpcisRecord> records, String next) {

    public EpcisScan {
        records = List.copyOf(records);
        Objects.requireNonNull(next, "next");
    }
}
