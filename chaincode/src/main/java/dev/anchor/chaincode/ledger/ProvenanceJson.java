package dev.anchor.chaincode.ledger;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchor.chaincode.domain.provenance.EventDetails;
import dev.anchor.chaincode.domain.provenance.Provenance;
import dev.anchor.chaincode.domain.provenance.ProvenanceEvent;
import dev.anchor.chaincode.domain.shared.BatchId;
import dev.anchor.model.json.CanonicalForm;
import dev.anchor.model.provenance.AnnouncedEvents;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Provenance on the wire: an event as stored, announced and hashed, and a batch's provenance. */
public final class ProvenanceJson {

    private static final byte[] ANNOUNCED_START = "{\"events\":[".getBytes(StandardCharsets.UTF_8);
    private static final byte[] ANNOUNCED_END = "]}".getBytes(StandardCharsets.UTF_8);

    private ProvenanceJson() {
    }

    /** The event as stored and announced, with its hash. */
    public static byte[] encodeEvent(ProvenanceEvent event) {
        return CanonicalForm.write(wire(event));
    }

    /** Events announced together as one chaincode event: {@code {"events":[…]}}, each as stored. */
    public static byte[] encodeAnnouncedEvents(List<ProvenanceEvent> events) {
        return CanonicalForm.write(new AnnouncedEvents(events.stream().map(ProvenanceJson::wire).toList()));
    }

    /**
     * The same bytes as {@link #encodeAnnouncedEvents}, from each event's bytes as {@link #encodeEvent} gave them:
     * {@code {"events":[} the events joined by commas {@code ]}}, the canonical form of a one-member object, without
     * encoding each event a second time.
     */
    public static byte[] announcedEventsOf(List<byte[]> encodedEvents) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(encodedEvents.stream().mapToInt(e -> e.length + 1).sum() + 16);
        out.writeBytes(ANNOUNCED_START);
        for (int i = 0; i < encodedEvents.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.writeBytes(encodedEvents.get(i));
        }
        out.writeBytes(ANNOUNCED_END);
        return out.toByteArray();
    }

    /** The bytes an event's hash is computed over: the event as stored, without its {@code hash} member. */
    public static byte[] withoutHash(ProvenanceEvent event) {
        if (event.hash() == null) {
            // Not sealed yet: canonical JSON leaves the null hash out, so these are the bytes without it.
            return CanonicalForm.write(wire(event));
        }
        ObjectNode node = (ObjectNode) CanonicalForm.toTree(wire(event));
        node.remove("hash");
        return CanonicalForm.write(node);
    }

    public static ProvenanceEvent decodeEvent(byte[] json) {
        return domain(CanonicalForm.read(json, dev.anchor.model.provenance.ProvenanceEvent.class));
    }

    /** The answer of GetProvenance: the batch's events oldest first. */
    public static byte[] encodeProvenance(Provenance provenance) {
        return CanonicalForm.write(new dev.anchor.model.provenance.Provenance(provenance.batchId().value(),
                provenance.events().stream().map(ProvenanceJson::wire).toList()));
    }

    static dev.anchor.model.provenance.ProvenanceEvent wire(ProvenanceEvent event) {
        return new dev.anchor.model.provenance.ProvenanceEvent(event.actor(), event.batchId().value(),
                event.details().asMap(), event.hash(), event.previousHash(), event.seq(), event.timestamp(),
                event.txId(), event.type(), event.actorSubject());
    }

    private static ProvenanceEvent domain(dev.anchor.model.provenance.ProvenanceEvent wire) {
        Map<String, Object> details = new TreeMap<>();
        wire.details().forEach((name, value) ->
                details.put(name, value instanceof Number number ? new BigDecimal(number.toString()) : value));
        return new ProvenanceEvent(wire.actor(), new BatchId(wire.batchId()), EventDetails.of(details), wire.hash(),
                wire.previousHash(), Math.toIntExact(wire.seq()), wire.timestamp(), wire.txId(), wire.type(),
                wire.actorSubject());
    }
}
