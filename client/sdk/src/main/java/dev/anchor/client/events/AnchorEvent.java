package dev.anchor.client.events;

import com.fasterxml.jackson.databind.JsonNode;
import dev.anchor.client.Anchor;
import dev.anchor.client.AnchorException;
import dev.anchor.model.vocabulary.EventType;
import dev.anchor.client.provenance.ProvenanceEvent;
import dev.anchor.client.wire.AnchorJson;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One chaincode event of Anchor, as committed: the block and transaction it came from, its name (the event type),
 * and the provenance events it carries. A write on one batch carries one provenance event; a write on a logistic
 * unit carries one per batch in the unit, and names the unit's SSCC.
 *
 * @param blockNumber   the block the transaction committed in
 * @param transactionId the transaction that emitted it
 * @param name          the chaincode event's name, e.g. {@code HANDOFF_ACCEPTED}
 * @param sscc          the logistic unit the transaction was about, if any
 * @param events        the provenance events the transaction appended, each exactly as stored
 * @param payload       the payload as the chaincode emitted it (JSON)
 */
public record AnchorEvent(long blockNumber, String transactionId, String name, Optional<String> sscc,
                          List<ProvenanceEvent> events, String payload) {

    /** Copies the events; replaces a null {@code sscc} by {@link Optional#empty()}. */
    public AnchorEvent {
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(name, "name");
        sscc = Objects.requireNonNullElse(sscc, Optional.empty());
        events = List.copyOf(Objects.requireNonNullElse(events, List.of()));
        payload = Objects.requireNonNullElse(payload, "");
    }

    /** @return the event type its name stands for ({@link EventType#UNKNOWN} for a name this client does not know) */
    public EventType type() {
        return EventType.parse(name);
    }

    /**
     * Reads a chaincode event: a payload {@code {"events":[...],"sscc":...}} (a write on a unit) or one provenance
     * event (a write on a batch). A payload this client cannot read gives no provenance events; {@link #payload()}
     * still has it.
     */
    public static AnchorEvent of(long blockNumber, String transactionId, String name, String payload) {
        List<ProvenanceEvent> events = new ArrayList<>();
        String sscc = null;
        try {
            JsonNode node = AnchorJson.parseObject(payload, "the chaincode event");
            JsonNode array = node.get("events");
            if (array != null && array.isArray()) {
                array.forEach(e -> events.add(ProvenanceEvent.fromNode(e)));
                sscc = AnchorJson.text(node, "sscc");
            } else if (node.has("seq")) {
                events.add(ProvenanceEvent.fromNode(node));
            }
        } catch (AnchorException unreadable) {
            events.clear();
        }
        return new AnchorEvent(blockNumber, transactionId, name, Optional.ofNullable(sscc), events, payload);
    }
}
