package dev.anchor.client.epcis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchor.client.Anchor;
import dev.anchor.client.wire.AnchorJson;
import io.openepcis.epc.eventhash.EventHashGenerator;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The CBV 2.0 event hash of EPCIS events ({@code ni:///sha-256;<hex>?ver=CBV2.0}), computed by the OpenEPCIS
 * event hash generator: the identity under which Anchor stores a captured event. The hash covers what the event
 * says, not how it is written: member order, URN or Digital Link form of identifiers, time zone notation and the
 * event's own {@code eventID} and {@code recordTime} do not change it.
 *
 * <pre>{@code
 * JsonNode document = new ObjectMapper().readTree(Path.of("shipment.jsonld").toFile());
 * List<String> ids = EpcisEventHash.ofDocument(document);     // one per event, in document order
 * }</pre>
 */
public final class EpcisEventHash {
    private static final String ALGORITHM = "sha-256";

    private EpcisEventHash() {
    }

    /**
     * @param document an {@code EPCISDocument} (its {@code epcisBody.eventList}), an {@code EPCISQueryDocument} (its
     *                 result events) or a single event
     * @return the hash of each event, in the document's order, each computed as {@link #of} with the document's
     *         {@code @context}
     * @throws IllegalArgumentException if the document holds no events of a known form
     */
    public static List<String> ofDocument(JsonNode document) {
        List<JsonNode> events = EpcisEvents.of(document).orElseThrow(() -> new IllegalArgumentException(
                "not an EPCISDocument, EPCISQueryDocument or event"));
        JsonNode context = document.get("@context");
        return events.stream().map(event -> of(event, context)).toList();
    }

    /**
     * The generator reads a document as a stream and applies its {@code @context} only to what follows it; here the
     * context always comes first, so where a document writes its {@code @context} does not change the hash.
     *
     * @param event   one event object
     * @param context the {@code @context} of the document it comes from (declares the prefixes of extension
     *                fields), or null
     * @return its hash
     */
    public static String of(JsonNode event, JsonNode context) {
        ObjectNode document = AnchorJson.MAPPER.createObjectNode();
        if (context != null && !context.isNull()) {
            document.set("@context", context);
        }
        document.put("type", "EPCISDocument");
        document.put("schemaVersion", "2.0");
        document.put("creationDate", "2000-01-01T00:00:00Z");
        ObjectNode single = event.deepCopy();
        single.remove("@context");
        ArrayNode list = document.putObject("epcisBody").putArray("eventList");
        list.add(single);
        List<String> hashes = generate(document);
        if (hashes.size() != 1) {
            throw new IllegalArgumentException("the event hash generator did not read the event");
        }
        return hashes.get(0);
    }

    private static List<String> generate(JsonNode document) {
        byte[] json = AnchorJson.write(document).getBytes(StandardCharsets.UTF_8);
        try {
            return new EventHashGenerator().fromJson(new ByteArrayInputStream(json), ALGORITHM)
                    .subscribe().asStream().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("cannot compute the event hash: " + e.getMessage(), e);
        }
    }
}
