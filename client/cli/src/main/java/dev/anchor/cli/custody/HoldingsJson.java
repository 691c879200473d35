package dev.anchor.cli.custody;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchor.cli.JsonOutput;
import dev.anchor.client.Page;
import dev.anchor.client.custody.Holding;
import dev.anchor.client.custody.LogisticUnit;

/** The {@code --json} answer of {@code inventory} and {@code inbox}. */
public final class HoldingsJson {
    private HoldingsJson() {
    }

    /** {@code {"items":[{"batch":{...}},{"unit":{...}}],"bookmark":...}}, no bookmark on the last page. */
    static String page(Page<Holding> page) {
        ObjectNode o = JsonOutput.object();
        ArrayNode items = o.putArray("items");
        for (Holding h : page.items()) {
            items.addObject().set(h instanceof LogisticUnit ? "unit" : "batch", JsonOutput.raw(h.json()));
        }
        page.bookmark().ifPresent(b -> o.put("bookmark", b));
        return JsonOutput.write(o);
    }
}
