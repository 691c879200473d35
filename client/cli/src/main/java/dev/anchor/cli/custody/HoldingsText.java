package dev.anchor.cli.custody;

import dev.anchor.cli.TextFormat;
import dev.anchor.client.Organization;
import dev.anchor.client.Page;
import dev.anchor.client.custody.Batch;
import dev.anchor.client.custody.Holding;
import dev.anchor.client.custody.LogisticUnit;

import java.util.ArrayList;
import java.util.List;

/** What an organisation holds (or is offered), a page of batches and units in words. */
public final class HoldingsText {
    private HoldingsText() {
    }

    /** One line per holding ({@code batch ID  quantity unit product  [in unit S]  [pending to X]}), then the bookmark. */
    public static List<String> of(String title, Page<Holding> page) {
        List<String> lines = new ArrayList<>();
        lines.add(title + " (" + page.items().size() + (page.items().size() == 1 ? " item" : " items")
                + (page.hasMore() ? ", more on the next page)" : ")"));
        for (Holding h : page.items()) {
            String pending = h.pendingHandoff().map(p -> "  offered by " + Organization.shortNameOf(p.from())
                    + " to " + Organization.shortNameOf(p.to())).orElse("");
            String line;
            if (h instanceof LogisticUnit u) {
                line = "  unit  " + u.sscc() + "  " + u.batchIds().size() + (u.batchIds().size() == 1 ? " batch" : " batches");
            } else {
                Batch b = (Batch) h;
                line = "  batch " + b.batchId() + "  " + TextFormat.quantity(b.quantity()) + " " + b.unit() + " "
                        + b.productName() + b.packedIn().map(s -> "  in unit " + s).orElse("");
            }
            lines.add(line + pending);
        }
        page.bookmark().ifPresent(b -> lines.add("next page: --bookmark " + b));
        return lines;
    }
}
