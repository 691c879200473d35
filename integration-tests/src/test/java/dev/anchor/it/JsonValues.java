package dev.anchor.it;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * JSON compared by value: the ledger keeps numbers in canonical form (docs/data-model.md: {@code 26.0} is stored as
 * {@code 26}), so an event read back equals the captured one when each number has the same value, whatever its
 * written form.
 */
final class JsonValues {
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    /** Reads every number exactly as written (no detour through double). */
    private static final ObjectMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private JsonValues() {
    }

    /** @return a copy of the node with every number as its exact value without trailing zeros, for equality by value */
    static JsonNode byValue(JsonNode node) {
        try {
            return normalised(EXACT.readTree(node.toString()));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + node, e);
        }
    }

    private static JsonNode normalised(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = NODES.objectNode();
            node.fields().forEachRemaining(field -> copy.set(field.getKey(), normalised(field.getValue())));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = NODES.arrayNode();
            node.forEach(element -> copy.add(normalised(element)));
            return copy;
        }
        if (node.isNumber()) {
            return NODES.numberNode(node.decimalValue().stripTrailingZeros());
        }
        return node;
    }
}
