package dev.anchor.cli.batch;

import dev.anchor.cli.TextFormat;
import dev.anchor.client.custody.Batch;

import java.util.ArrayList;
import java.util.List;

/** A batch in words, for {@code batch show}. */
public final class BatchText {
    private BatchText() {
    }

    /** The batch, several lines, naming producer, custodian and any pending handoff. */
    public static List<String> of(Batch b) {
        List<String> lines = new ArrayList<>();
        lines.add("Batch " + b.batchId());
        lines.add("  product:    " + b.productName() + " (GTIN " + b.gtin() + ")");
        lines.add("  quantity:   " + TextFormat.quantity(b.quantity()) + " " + b.unit());
        lines.add("  site:       " + b.site());
        lines.add("  producer:   " + TextFormat.org(b.producer()) + ", produced " + TextFormat.time(b.producedAt()));
        lines.add("  custodian:  " + TextFormat.org(b.custodian()));
        lines.add("  pending:    " + b.pendingHandoff().map(TextFormat::pending).orElse("no handoff pending"));
        lines.add("  events:     " + b.eventCount() + " (last hash " + b.lastEventHash() + ")");
        return lines;
    }
}
