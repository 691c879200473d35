package dev.anchor.cli.unit;

import dev.anchor.cli.TextFormat;
import dev.anchor.client.custody.LogisticUnit;

import java.util.ArrayList;
import java.util.List;

/** A logistic unit in words, for {@code unit show}. */
public final class UnitText {
    private UnitText() {
    }

    /** The unit, several lines: custodian, pending handoff, the batches in it. */
    public static List<String> of(LogisticUnit u) {
        List<String> lines = new ArrayList<>();
        lines.add("Unit " + u.sscc());
        lines.add("  packed:     by " + TextFormat.org(u.packedBy()) + ", " + TextFormat.time(u.packedAt()));
        lines.add("  custodian:  " + TextFormat.org(u.custodian()));
        lines.add("  pending:    " + u.pendingHandoff().map(TextFormat::pending).orElse("no handoff pending"));
        lines.add("  batches:    " + u.batchIds().size() + ": " + String.join(", ", u.batchIds()));
        return lines;
    }
}
