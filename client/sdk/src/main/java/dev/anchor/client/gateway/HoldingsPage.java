package dev.anchor.client.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import dev.anchor.client.Page;
import dev.anchor.client.custody.Batch;
import dev.anchor.client.custody.Holding;
import dev.anchor.client.custody.LogisticUnit;
import dev.anchor.client.wire.AnchorJson;
import dev.anchor.model.holdings.HoldingsItem;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The chaincode's answer to {@code Inventory} and {@code Inbox}, a page of batches and logistic units, read through
 * the wire model's {@link dev.anchor.model.holdings.HoldingsPage}.
 */
final class HoldingsPage {
    private HoldingsPage() {
    }

    /**
     * Reads a page of holdings: {@code {"bookmark":...,"items":[{"batch":{...}},{"unit":{...}}]}}; items of a kind
     * this client does not know are skipped.
     */
    static Page<Holding> read(String json) {
        JsonNode n = AnchorJson.parseObject(json, "the page");
        dev.anchor.model.holdings.HoldingsPage page =
                AnchorJson.read(n, dev.anchor.model.holdings.HoldingsPage.class, "the page");
        List<Holding> items = new ArrayList<>();
        List<HoldingsItem> read = page.items() == null ? List.of() : page.items();
        for (int i = 0; i < read.size(); i++) {
            HoldingsItem item = read.get(i);
            JsonNode raw = n.get("items").get(i);
            if (item.batch() != null) {
                items.add(new Batch(item.batch(), AnchorJson.write(raw.get("batch"))));
            } else if (item.unit() != null) {
                items.add(new LogisticUnit(item.unit(), AnchorJson.write(raw.get("unit"))));
            }
        }
        return new Page<>(items, Optional.ofNullable(page.bookmark()));
    }
}
