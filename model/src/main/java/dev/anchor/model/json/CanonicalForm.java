package dev.anchor.model.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Anchor's canonical JSON (docs/data-model.md, "Canonical JSON"): how the chaincode writes every value to the ledger,
 * answers it, and hashes provenance events, and how a client recomputes those hashes.
 *
 * <p>UTF-8; members sorted by key with {@link String#compareTo} (UTF-16 code units, as RFC 8785) at every depth; no
 * whitespace; null members left out; strings raw UTF-8, only quotation marks, backslashes and control characters
 * escaped. Numbers differ from RFC 8785 on purpose: an integer is written with all its digits and a decimal in plain
 * notation without trailing zeros ({@code 12.50} is {@code 12.5}, {@code 1E+3} is {@code 1000}), exactly, never
 * through a binary double (a quantity has up to 24 significant digits; RFC 8785 would round it).
 *
 * <p>Reading is exact too: decimals become {@link java.math.BigDecimal}; unknown members of a record are ignored,
 * so an older reader takes a newer writer's values.
 *
 * <pre>{@code
 * byte[] bytes = CanonicalForm.write(batch);              // a model record, or any JsonNode
 * Batch again = CanonicalForm.read(bytes, Batch.class);
 * }</pre>
 */
public final class CanonicalForm {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
            .build();

    private CanonicalForm() {
    }

    /** Writes a model record (or any value Jackson can map, or a {@link JsonNode}) canonically. */
    public static byte[] write(Object value) {
        return writeTree(value instanceof JsonNode node ? node : MAPPER.valueToTree(value));
    }

    /** Reads UTF-8 JSON into a model record; a value that does not fit is an {@link IllegalArgumentException}. */
    public static <T> T read(byte[] json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a JSON " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** Reads any UTF-8 JSON document into a tree, decimals kept exactly; unreadable JSON is an {@link UncheckedIOException}. */
    public static JsonNode tree(byte[] json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("not readable JSON", e);
        }
    }

    /** Reads any JSON text into a tree, decimals kept exactly; unreadable JSON is an {@link IOException}. */
    public static JsonNode tree(String json) throws IOException {
        return MAPPER.readTree(json);
    }

    /** A model record as a tree, e.g. to hash it without one of its members. */
    public static JsonNode toTree(Object value) {
        return MAPPER.valueToTree(value);
    }

    private static byte[] writeTree(JsonNode tree) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            write(tree, generator);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write canonical JSON", e);
        }
        return out.toByteArray();
    }

    private static void write(JsonNode node, JsonGenerator generator) throws IOException {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            names.sort(String::compareTo);
            generator.writeStartObject();
            for (String name : names) {
                JsonNode value = node.get(name);
                if (value != null && !value.isNull() && !value.isMissingNode()) {
                    generator.writeFieldName(name);
                    write(value, generator);
                }
            }
            generator.writeEndObject();
        } else if (node.isArray()) {
            generator.writeStartArray();
            for (JsonNode element : node) {
                write(element, generator);
            }
            generator.writeEndArray();
        } else if (node.isIntegralNumber()) {
            generator.writeNumber(node.bigIntegerValue());
        } else if (node.isNumber()) {
            generator.writeNumber(node.decimalValue().stripTrailingZeros());
        } else if (node.isTextual()) {
            generator.writeString(node.textValue());
        } else if (node.isBoolean()) {
            generator.writeBoolean(node.booleanValue());
        } else if (node.isNull()) {
            generator.writeNull();
        } else {
            throw new IllegalArgumentException("cannot write a " + node.getNodeType() + " node as canonical JSON");
        }
    }
}
