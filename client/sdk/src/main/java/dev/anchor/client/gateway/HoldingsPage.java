package dev.anchor.client.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import dev.anchor.client.Page;
import dev.anchor.client.custody.Batch;
import dev.anchor.client.custody.Holding;
import dev.anchor.client.custody.LogisticUnit;
import dev.anchor.client.wire.AnchorJson;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The chaincode's answer to {@code Inventory} and {@code Inbox}: a page of batches and logistic units. */
final class HoldingsPage {
    private HoldingsPage() {
    }

    /**
     * Reads a page of holdings: {@code {"bookmark":...,"items":[{"batch":{...}},{"unit":{...}}]}}; items of a kind
     * this client does not know are skipped.
     */
    static Page<Holding> read(String json) {
        JsonNode n = AnchorJson.parseObject(json, "the page");
        List<Holding> items = new ArrayList<>();
        JsonNode array = n.get("items");
        if (array != null && array.isArray()) {
            for (JsonNode item : array) {
                if (item.has("batch")) {
                    items.add(Batch.fromNode(item.get("batch")));
                } else if (item.has("unit")) {
                    items.add(LogisticUnit.fromNode(item.get("unit")));
                }
            }
        }
        return new Page<>(items, Optional.ofNullable(AnchorJson.text(n, "bookmark")));
    }
}
