package dev.anchor.cli.epcis;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchor.cli.JsonOutput;
import dev.anchor.client.epcis.EpcisCaptureReport;

/** The {@code --json} answer of {@code epcis capture}. */
public final class EpcisJson {
    private EpcisJson() {
    }

    /** {@code {"events":N,"recorded":[ids],"duplicates":[ids],"transactionIds":[...]}}. */
    static String capture(EpcisCaptureReport report) {
        ObjectNode node = JsonOutput.object();
        node.put("events", report.events());
        report.recorded().forEach(node.putArray("recorded")::add);
        report.duplicates().forEach(node.putArray("duplicates")::add);
        report.transactionIds().forEach(node.putArray("transactionIds")::add);
        return JsonOutput.write(node);
    }
}
