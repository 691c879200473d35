package dev.anchor.model.holdings;

import java.util.List;

/**
 * One page of {@code GetInventory} or {@code GetInbox}: {@code {"bookmark":…,"items":[…]}}.
 *
 * @param bookmark where the next page starts; null on the last page
 * @param items    the batches and units, in key order
 */
public record HoldingsPage(String bookmark, List<HoldingsItem> items) {
}
