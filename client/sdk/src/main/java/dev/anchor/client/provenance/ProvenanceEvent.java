package dev.anchor.client.provenance;

import dev.anchor.model.vocabulary.EventType;
import com.fasterxml.jackson.databind.JsonNode;
import dev.anchor.client.AnchorException;
import dev.anchor.client.wire.AnchorJson;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One entry of a batch's provenance: something that happened to it, in one transaction.
 *
 * <p>The client's view of the wire model's {@link dev.anchor.model.provenance.ProvenanceEvent} (read through it). The
 * record's fields are for reading; {@link Provenance#verify()} checks the hash chain on {@link #json()}, the event
 * exactly as received, never on these fields. Reading is tolerant: an unknown {@code type} becomes
 * {@link EventType#UNKNOWN}, unknown members are kept in {@link #json()}, missing ones are null.
 *
 * @param seq           position in the batch's history, from 1
 * @param type          what happened
 * @param batchId       the batch
 * @param transactionId the transaction that wrote it
 * @param timestamp     that transaction's timestamp
 * @param actor         MSP ID of the transaction's creator
 * @param actorSubject  the X.509 subject (RFC 2253) of the creator's certificate: the person or system that acted;
 *                      empty for events recorded before the chaincode recorded it
 * @param details       type-specific details, sorted by key (see {@link EventType}); numbers are BigDecimal
 * @param previousHash  hash of the event before (64 zeros for the first)
 * @param hash          SHA-256 (hex) of this event's canonical JSON without {@code hash}
 * @param json          the event exactly as received
 */
public record ProvenanceEvent(long seq, EventType type, String batchId, String transactionId, Instant timestamp,
                              String actor, Optional<String> actorSubject, Map<String, Object> details, String previousHash, String hash,
                              String json) {

    /** Makes {@code details} an unmodifiable sorted map, a null {@code type} {@link EventType#UNKNOWN} and a null
     * {@code actorSubject} empty. */
    public ProvenanceEvent {
        type = Objects.requireNonNullElse(type, EventType.UNKNOWN);
        actorSubject = Objects.requireNonNullElse(actorSubject, Optional.empty());
        details = details == null
                ? Collections.emptySortedMap()
                : Collections.unmodifiableSortedMap(new TreeMap<>(details));
    }

    /** Reads an event from its JSON, e.g. a chaincode event's payload. */
    public static ProvenanceEvent fromJson(String json) {
        return fromNode(AnchorJson.parseObject(json, "the provenance event"));
    }

    /** Reads an event from UTF-8 JSON bytes, e.g. {@code ChaincodeEvent.getPayload()}. */
    public static ProvenanceEvent fromJson(byte[] json) {
        return fromJson(new String(json, StandardCharsets.UTF_8));
    }

    /** Reads one provenance event from the chaincode's JSON already parsed (a member of a provenance or an event). */
    public static ProvenanceEvent fromNode(JsonNode n) {
        return of(AnchorJson.read(n, dev.anchor.model.provenance.ProvenanceEvent.class, "the provenance event"),
                AnchorJson.write(n));
    }

    /**
     * The view of the wire model's provenance event.
     *
     * @param event the event as the wire model reads it (a type this client does not know reads as null)
     * @param json  the JSON it was read from, exactly as received, for the hash chain's checks
     */
    public static ProvenanceEvent of(dev.anchor.model.provenance.ProvenanceEvent event, String json) {
        Object details = AnchorJson.toJava(AnchorJson.MAPPER.valueToTree(event.details()));
        @SuppressWarnings("unchecked")
        Map<String, Object> detailMap = details instanceof Map ? (Map<String, Object>) details : Map.of();
        return new ProvenanceEvent(event.seq(), event.type(), event.batchId(), event.txId(),
                event.timestamp(), event.actor(), Optional.ofNullable(event.actorSubject()), detailMap, event.previousHash(), event.hash(), json);
    }

    /** @return the detail with this key as text (numbers in plain notation), if present */
    public Optional<String> detail(String key) {
        Object v = details.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if (v instanceof java.math.BigDecimal d) {
            return Optional.of(AnchorJson.plain(d));
        }
        return Optional.of(v.toString());
    }

    /** @return the {@code type} as written in the JSON, useful when {@link #type()} is UNKNOWN */
    public String typeName() {
        if (type != EventType.UNKNOWN || json == null) {
            return type.name();
        }
        try {
            String raw = AnchorJson.text(AnchorJson.parseObject(json, "the provenance event"), "type");
            return raw == null ? type.name() : raw;
        } catch (AnchorException e) {
            return type.name();
        }
    }
}
