package dev.anchor.cli.events;

import dev.anchor.cli.TextFormat;
import dev.anchor.cli.provenance.ProvenanceText;
import dev.anchor.client.events.AnchorEvent;
import dev.anchor.client.provenance.ProvenanceEvent;

import java.util.ArrayList;
import java.util.List;

/** A chaincode event in words, for {@code watch}. */
public final class EventText {
    private EventText() {
    }

    /**
     * One line per provenance event an Anchor event carries:
     * {@code block 12  tx 1a2b3c4d5e6f  HANDOFF_ACCEPTED  PEAR-001 #4  by distributor: from ... to ...}.
     */
    public static List<String> of(AnchorEvent event) {
        List<String> lines = new ArrayList<>();
        String head = "block " + event.blockNumber() + "  tx " + TextFormat.shortTx(event.transactionId()) + "  ";
        if (event.events().isEmpty()) {
            lines.add(head + event.name());
        }
        for (ProvenanceEvent e : event.events()) {
            lines.add(head + e.typeName() + "  " + e.batchId() + " #" + e.seq() + "  by "
                    + ProvenanceText.who(e) + ": " + ProvenanceText.details(e));
        }
        return lines;
    }
}
