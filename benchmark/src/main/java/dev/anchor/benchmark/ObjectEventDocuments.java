package dev.anchor.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * New EPCIS 2.0 documents of ObjectEvents for the capture rounds: each event names an EPC whose serial no earlier
 * document used (the run's prefix, then a counter), so nothing is answered as a duplicate; each has an EPC, a
 * quantity of an LGTIN class, a read point, a business location, a business step and a disposition. Safe for
 * concurrent workers.
 */
final class ObjectEventDocuments {
    /** The context every document names. */
    static final String CONTEXT = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";
    /** The company prefix and item reference of every EPC: {@code urn:epc:id:sgtin:0614141.107346.<serial>}. */
    static final String EPC_PREFIX = "urn:epc:id:sgtin:0614141.107346.";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String serialPrefix;
    private final AtomicLong serials = new AtomicLong();

    /** @param serialPrefix letters and digits that no other run's documents begin their serials with */
    ObjectEventDocuments(String serialPrefix) {
        if (!serialPrefix.matches("[A-Za-z0-9]+")) {
            throw new IllegalArgumentException("an SGTIN serial prefix has letters and digits only, not '"
                    + serialPrefix + "'");
        }
        this.serialPrefix = serialPrefix;
    }

    /** @return a new EPCISDocument of {@code events} ObjectEvents, each with a new EPC */
    JsonNode document(int events) {
        ObjectNode document = NODES.objectNode();
        document.putArray("@context").add(CONTEXT);
        document.put("type", "EPCISDocument");
        document.put("schemaVersion", "2.0");
        String now = Instant.now().toString();
        document.put("creationDate", now);
        ArrayNode list = document.putObject("epcisBody").putArray("eventList");
        for (int i = 0; i < events; i++) {
            list.add(event(now, EPC_PREFIX + nextSerial()));
        }
        return document;
    }

    private String nextSerial() {
        return serialPrefix + Long.toString(serials.getAndIncrement(), 36).toUpperCase(Locale.ROOT);
    }

    private static ObjectNode event(String time, String epc) {
        ObjectNode event = NODES.objectNode();
        event.put("type", "ObjectEvent");
        event.put("eventTime", time);
        event.put("eventTimeZoneOffset", "+00:00");
        event.putArray("epcList").add(epc);
        event.put("action", "OBSERVE");
        event.put("bizStep", "shipping");
        event.put("disposition", "in_transit");
        event.putObject("readPoint").put("id", "urn:epc:id:sgln:0614141.07346.1234");
        event.putObject("bizLocation").put("id", "urn:epc:id:sgln:0614141.07346.0");
        ObjectNode quantity = event.putArray("quantityList").addObject();
        quantity.put("epcClass", "urn:epc:class:lgtin:4012345.012345.998877");
        quantity.put("quantity", 200);
        quantity.put("uom", "KGM");
        return event;
    }
}
