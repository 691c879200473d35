package dev.anchor.chaincode.domain.custody;

import java.util.List;
import java.util.Objects;

/**
 * One page of an organisation's holdings or inbox, in key order (batches by id, then units by SSCC).
 * {@code bookmark} asks for the next page; it is empty on the last page.
 */
public record HoldingsPage(List<Holding> items, String bookmark) {

    public HoldingsPage {
        items = List.copyOf(items);
        Objects.requireNonNull(bookmark, "bookmark");
    }
}
