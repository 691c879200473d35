package dev.anchor.benchmark;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchor.client.epcis.CommittedEpcisBlock;
import dev.anchor.client.epcis.CommittedEpcisEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The query round's data: ObjectEvents numbered from 0, as the projection would deliver them in committed blocks
 * ({@value QueryStoreLoad#EVENTS_PER_BLOCK} events per block, {@value #EVENTS_PER_TRANSACTION} per transaction).
 * Event {@code n} happens at {@link #FIRST_EVENT_TIME} plus {@code n} times {@link #SPACING}, so a million events
 * span 347 days; its business step is one of eight CBV steps (each one eighth of the events, mixed in time), with a
 * disposition that fits the step, one of 50 read points and business locations, an EPC and a quantity of an LGTIN
 * class. Event ids have the form of CBV 2.0 event hashes and are unique (their digest is the event's number).
 */
final class SyntheticEvents {
    /** The business steps the events have, and the query round filters by. */
    static final List<String> STEPS = List.of("commissioning", "packing", "shipping", "receiving", "storing", "picking",
            "loading", "inspecting");
    private static final List<String> DISPOSITIONS = List.of("active", "in_progress", "in_transit", "in_progress",
            "sellable_not_accessible", "in_progress", "in_transit", "conformant");
    /** When the first event happens. */
    static final Instant FIRST_EVENT_TIME = Instant.parse("2026-01-01T00:00:00Z");
    /** The time between two consecutive events. */
    static final Duration SPACING = Duration.ofSeconds(30);
    /** Events per synthetic transaction. */
    static final int EVENTS_PER_TRANSACTION = 100;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ArrayNode CONTEXT = NODES.arrayNode().add(ObjectEventDocuments.CONTEXT);

    private SyntheticEvents() {
    }

    /** @return block {@code blockNumber}, holding events {@code firstEvent} to {@code firstEvent + count - 1} */
    static CommittedEpcisBlock block(long blockNumber, long firstEvent, int count) {
        List<CommittedEpcisEvent> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long n = firstEvent + i;
            int transaction = i / EVENTS_PER_TRANSACTION;
            String txId = String.format("%064x", blockNumber * 1_000 + transaction);
            String eventId = "ni:///sha-256;" + String.format("%064x", n) + "?ver=CBV2.0";
            ObjectNode record = NODES.objectNode();
            record.put("capturedAt", timeOf(firstEvent + count - 1).plusSeconds(5).toString());
            record.put("capturedBy", "ManufacturerMSP");
            record.set("context", CONTEXT);
            record.set("event", event(n));
            record.put("eventId", eventId);
            record.put("txId", txId);
            events.add(new CommittedEpcisEvent(eventId, record, blockNumber, txId, transaction));
        }
        return new CommittedEpcisBlock(blockNumber, events);
    }

    /** @return when event {@code n} happens */
    static Instant timeOf(long n) {
        return FIRST_EVENT_TIME.plus(SPACING.multipliedBy(n));
    }

    /** @return event {@code n}'s business step: the steps in a scrambled but fixed order, evenly */
    static String stepOf(long n) {
        return STEPS.get((int) Math.floorMod(n * 5 + n / STEPS.size(), (long) STEPS.size()));
    }

    private static ObjectNode event(long n) {
        String step = stepOf(n);
        int place = (int) (n % 50);
        ObjectNode event = NODES.objectNode();
        event.put("type", "ObjectEvent");
        event.put("eventTime", timeOf(n).toString());
        event.put("eventTimeZoneOffset", "+00:00");
        event.putArray("epcList").add(ObjectEventDocuments.EPC_PREFIX + "Q" + n);
        event.put("action", "OBSERVE");
        event.put("bizStep", step);
        event.put("disposition", DISPOSITIONS.get(STEPS.indexOf(step)));
        event.putObject("readPoint").put("id", "urn:epc:id:sgln:0614141.07346." + (1000 + place));
        event.putObject("bizLocation").put("id", "urn:epc:id:sgln:0614141.07346." + place);
        ObjectNode quantity = event.putArray("quantityList").addObject();
        quantity.put("epcClass", "urn:epc:class:lgtin:4012345.012345." + (100 + place));
        quantity.put("quantity", 10 + n % 90);
        quantity.put("uom", "KGM");
        return event;
    }
}
