package dev.anchor.chaincode.domain.epcis;

import java.util.List;
import java.util.Objects;

/**
 * One page of the answer to an EPCIS query: the matching events' records, and the bookmark of the next
 * page ({@code ""} on the last page).
 */
public record EpcisPage(List<EpcisRecord> events, String bookmark) {

    public EpcisPage {
        events = List.copyOf(events);
        Objects.requireNonNull(bookmark, "bookmark");
    }
}
