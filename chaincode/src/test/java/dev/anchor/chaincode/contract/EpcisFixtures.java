package dev.anchor.chaincode.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchor.chaincode.domain.epcis.EpcisTime;
import dev.anchor.chaincode.domain.shared.BatchId;
import dev.anchor.chaincode.ledger.LedgerKeys;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hyperledger.fabric.shim.ledger.CompositeKey;

/**
 * Writes captured EPCIS events into a {@link SimulatedPeer}'s world state as capture stores them
 * (docs/data-model.md, "EPCIS events"): the record under {@code epcis}+eventId and its batch links; or as earlier
 * versions stored them, with the query index entries they also wrote (worked out here from the event, independently
 * of the chaincode's own reading), which the chaincode no longer reads.
 */
final class EpcisFixtures {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] ENTRY = {0};

    private final SimulatedPeer peer;

    EpcisFixtures(SimulatedPeer peer) {
        this.peer = peer;
    }

    /** An event id of the CBV hash form, made from a name. */
    static String eventId(String name) {
        StringBuilder hex = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            hex.append(String.format("%02x", b));
        }
        while (hex.length() < 64) {
            hex.append('0');
        }
        return "ni:///sha-256;" + hex.substring(0, 64) + "?ver=CBV2.0";
    }

    /** Stores the event (JSON text) under {@link #eventId(String)} of its name, linked to the given batches. */
    String capture(String name, String eventJson, String... linkedBatches) {
        return store(name, eventJson, false, linkedBatches);
    }

    /** Stores the event as {@link #capture} does, with the query index entries that earlier versions also wrote. */
    String captureAsEarlierVersion(String name, String eventJson, String... linkedBatches) {
        return store(name, eventJson, true, linkedBatches);
    }

    private String store(String name, String eventJson, boolean withIndexEntries, String... linkedBatches) {
        try {
            JsonNode event = JSON.readTree(eventJson);
            String id = eventId(name);
            Instant time = OffsetDateTime.parse(event.get("eventTime").asText()).toInstant();
            ObjectNode record = JSON.createObjectNode();
            record.put("capturedAt", "2026-11-25T15:00:00Z");
            record.put("capturedBy", SimulatedPeer.MANUFACTURER);
            record.putArray("context").add("https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld");
            record.set("event", event);
            record.put("eventId", id);
            record.put("txId", "capture-" + name);
            peer.state.put(LedgerKeys.epcisEvent(id), JSON.writeValueAsBytes(record));
            for (String batchId : linkedBatches) {
                peer.state.put(LedgerKeys.epcisBatchLink(new BatchId(batchId), time, id), ENTRY.clone());
            }
            if (withIndexEntries) {
                peer.state.put(new CompositeKey("epcis-time", EpcisTime.keyForm(time), id).toString(), ENTRY.clone());
                entry("epcis-type", texts(event, "type"), time, id);
                entry("epcis-bizstep", bare(texts(event, "bizStep")), time, id);
                entry("epcis-disposition", bare(texts(event, "disposition")), time, id);
                entry("epcis-bizlocation", texts(event.path("bizLocation"), "id"), time, id);
                entry("epcis-readpoint", texts(event.path("readPoint"), "id"), time, id);
                entry("epcis-epc", texts(event, "epcList", "childEPCs"), time, id);
                entry("epcis-anyepc", texts(event, "epcList", "childEPCs", "inputEPCList", "outputEPCList",
                        "parentID"), time, id);
                entry("epcis-epcclass", classes(event, "quantityList", "childQuantityList"), time, id);
                entry("epcis-anyclass", classes(event, "quantityList", "childQuantityList",
                        "inputQuantityList", "outputQuantityList"), time, id);
            }
            return id;
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Value index entries as earlier versions keyed them: index+value+time+eventId. */
    private void entry(String index, Set<String> values, Instant time, String id) {
        values.forEach(value -> peer.state.put(new CompositeKey(index, value, EpcisTime.keyForm(time), id).toString(),
                ENTRY.clone()));
    }

    private static Set<String> texts(JsonNode node, String... names) {
        Set<String> texts = new TreeSet<>();
        for (String name : names) {
            JsonNode member = node.path(name);
            if (member.isTextual()) {
                texts.add(member.asText());
            }
            member.forEach(element -> texts.add(element.asText()));
        }
        return texts;
    }

    private static Set<String> classes(JsonNode event, String... lists) {
        Set<String> classes = new TreeSet<>();
        for (String list : lists) {
            event.path(list).forEach(element -> classes.add(element.get("epcClass").asText()));
        }
        return classes;
    }

    private static Set<String> bare(Set<String> values) {
        Set<String> bare = new TreeSet<>();
        for (String value : values) {
            String word = value;
            for (String prefix : List.of("urn:epcglobal:cbv:bizstep:", "urn:epcglobal:cbv:disp:",
                    "https://ref.gs1.org/cbv/BizStep-", "https://ref.gs1.org/cbv/Disp-")) {
                if (value.startsWith(prefix)) {
                    word = value.substring(prefix.length());
                }
            }
            bare.add(word);
        }
        return bare;
    }
}
