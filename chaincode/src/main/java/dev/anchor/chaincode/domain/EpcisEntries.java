package dev.anchor.chaincode.domain;

import java.util.List;
import java.util.Objects;

/**
 * What one read of an EPCIS index range gave: its entries in key order, and the position at which the range
 * goes on ({@code ""} when the read reached the end of the range).
 */
public record EpcisEntries(List<EpcisEntry> entries, String next) {

    public EpcisEntries {
        entries = List.copyOf(entries);
        Objects.requireNonNull(next, "next");
    }
}
