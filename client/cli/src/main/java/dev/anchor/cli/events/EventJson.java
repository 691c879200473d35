package dev.anchor.cli.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchor.cli.JsonOutput;
import dev.anchor.client.events.AnchorEvent;

import java.io.UncheckedIOException;

/** The {@code --json} lines of {@code watch}. */
public final class EventJson {
    private EventJson() {
    }

    /** {@code {"blockNumber":...,"transactionId":...,"eventName":...,"payload":{...}}}: one line per event. */
    static String of(AnchorEvent event) {
        ObjectNode o = JsonOutput.object();
        o.put("blockNumber", event.blockNumber());
        o.put("transactionId", event.transactionId());
        o.put("eventName", event.name());
        try {
            o.set("payload", JsonOutput.raw(event.payload()));
        } catch (UncheckedIOException notJson) {
            o.put("payload", event.payload());
        }
        return JsonOutput.write(o);
    }
}
