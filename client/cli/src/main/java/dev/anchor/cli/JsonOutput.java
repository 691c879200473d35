package dev.anchor.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchor.client.Receipt;
import dev.anchor.client.custody.UnitReceipt;

import java.io.UncheckedIOException;

/**
 * What every {@code --json} answer shares: one compact JSON object per command, ledger objects embedded as received,
 * numbers as written (no exponent, trailing zeros kept). Each capability's own shapes live beside its commands.
 */
public final class JsonOutput {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private JsonOutput() {
    }

    /** {@code {"transactionId":...,"batch":{...}}}: the answer of a write that returns a batch. */
    public static String receipt(Receipt receipt) {
        ObjectNode o = object();
        o.put("transactionId", receipt.transactionId());
        o.set("batch", raw(receipt.batch().json()));
        return write(o);
    }

    /** {@code {"transactionId":...,"unit":{...}}}: the answer of a write that returns a logistic unit. */
    public static String receipt(UnitReceipt receipt) {
        ObjectNode o = object();
        o.put("transactionId", receipt.transactionId());
        o.set("unit", raw(receipt.unit().json()));
        return write(o);
    }

    /** An object as the ledger answered it (a batch, a unit, a graph, a recall report), in the same compact form. */
    public static String asAnswered(String json) {
        return write(raw(json));
    }

    /** A new JSON object to fill. */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** The JSON text as a tree; an {@link UncheckedIOException} when it is not JSON. */
    public static JsonNode raw(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tree as compact JSON text. */
    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
