package dev.anchor.client.epcis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchor.client.wire.AnchorJson;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one {@code @context} of a document that holds events captured under several, and how each record's event is
 * written under it. Each context is kept (the standard one once), so that extension prefixes keep their meaning; a
 * prefix that two captures bound to different namespaces ({@code example} to {@code http://ns.example.com/epcis/}
 * in one, to {@code https://ns.example.com/epcis} in another) cannot mean both in one context, so the later binding
 * gets a free name ({@code example2}) and the members of that record's event are renamed to it: each event then reads,
 * and hashes, as it was captured.
 */
final class MergedContext {
    private final ArrayNode context;
    /** For each record: its prefixes renamed, old to new. */
    private final List<Map<String, String>> renames;

    private MergedContext(ArrayNode context, List<Map<String, String>> renames) {
        this.context = context;
        this.renames = renames;
    }

    /** @param records stored records ({@code {"context":…,"event":{…},…}}), in the document's order */
    static MergedContext of(List<JsonNode> records) {
        ArrayNode context = AnchorJson.MAPPER.createArrayNode();
        context.add(EpcisDocuments.STANDARD_CONTEXT);
        Map<String, String> bound = new HashMap<>();
        Map<String, String> chosen = new HashMap<>();
        List<Map<String, String>> renames = new ArrayList<>();
        for (JsonNode record : records) {
            Map<String, String> renamed = new HashMap<>();
            JsonNode captured = record.get("context");
            if (captured != null && !captured.isNull()) {
                for (JsonNode item : captured.isArray() ? captured : List.of(captured)) {
                    JsonNode written = item.isObject() ? bind((ObjectNode) item, bound, chosen, renamed) : item;
                    if (!contains(context, written) && !EpcisDocuments.isStandard(written)) {
                        context.add(written.deepCopy());
                    }
                }
            }
            renames.add(renamed);
        }
        return new MergedContext(context, renames);
    }

    /** The item with each prefix under the name it has in the merged context. */
    private static ObjectNode bind(ObjectNode item, Map<String, String> bound, Map<String, String> chosen,
                                   Map<String, String> renamed) {
        ObjectNode written = AnchorJson.MAPPER.createObjectNode();
        item.properties().forEach(binding -> {
            String prefix = binding.getKey();
            JsonNode namespace = binding.getValue();
            if (!namespace.isTextual()) {
                written.set(prefix, namespace);
                return;
            }
            String name = chosen.computeIfAbsent(prefix + '\u0000' + namespace.textValue(),
                    key -> free(prefix, namespace.textValue(), bound));
            bound.putIfAbsent(name, namespace.textValue());
            written.put(name, namespace.textValue());
            if (!name.equals(prefix)) {
                renamed.put(prefix, name);
            }
        });
        return written;
    }

    private static String free(String prefix, String namespace, Map<String, String> bound) {
        String name = prefix;
        for (int n = 2; bound.containsKey(name) && !bound.get(name).equals(namespace); n++) {
            name = prefix + n;
        }
        return name;
    }

    /** @return the merged {@code @context} (the document's own array) */
    ArrayNode context() {
        return context;
    }

    /** The event of record {@code index} as written under the merged context: its renamed prefixes applied. */
    ObjectNode written(int index, ObjectNode event) {
        Map<String, String> renamed = renames.get(index);
        return renamed.isEmpty() ? event : (ObjectNode) rename(event, renamed);
    }

    private static JsonNode rename(JsonNode node, Map<String, String> renamed) {
        if (node.isObject()) {
            ObjectNode copy = AnchorJson.MAPPER.createObjectNode();
            node.properties().forEach(member -> copy.set(renamedName(member.getKey(), renamed),
                    rename(member.getValue(), renamed)));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = AnchorJson.MAPPER.createArrayNode();
            node.forEach(element -> copy.add(rename(element, renamed)));
            return copy;
        }
        return node;
    }

    private static String renamedName(String name, Map<String, String> renamed) {
        int colon = name.indexOf(':');
        if (colon <= 0) {
            return name;
        }
        String to = renamed.get(name.substring(0, colon));
        return to == null ? name : to + name.substring(colon);
    }

    private static boolean contains(ArrayNode array, JsonNode item) {
        for (JsonNode element : array) {
            if (element.equals(item)) {
                return true;
            }
        }
        return false;
    }
}
