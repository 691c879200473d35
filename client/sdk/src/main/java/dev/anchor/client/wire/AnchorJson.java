package dev.anchor.client.wire;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.ClassUtil;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.anchor.client.AnchorException;
import dev.anchor.model.json.CanonicalForm;
import dev.anchor.model.vocabulary.ErrorCode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * JSON reading (tolerant): the chaincode's answers into the wire model's records ({@link #read}), other JSON as
 * trees; shared by the SDK's packages, not part of its API. Canonical JSON is the wire model's {@link CanonicalForm}.
 */
public final class AnchorJson {
    /** Numbers are read exactly: decimals as BigDecimal, never double. */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    /** Reads the wire model's records: as the chaincode writes them, tolerant of members and values it does not know. */
    private static final ObjectMapper RECORDS = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
            .addHandler(new DeserializationProblemHandler() {
                @Override
                public Object handleWeirdStringValue(DeserializationContext context, Class<?> target, String value,
                                                     String failureMessage) {
                    return target.isPrimitive() ? ClassUtil.defaultValue(target) : null;
                }

                @Override
                public Object handleUnexpectedToken(DeserializationContext context, JavaType target, JsonToken token,
                                                    JsonParser parser, String failureMessage) throws IOException {
                    parser.skipChildren();
                    return target.isPrimitive() ? ClassUtil.defaultValue(target.getRawClass()) : null;
                }

                @Override
                public Object handleWeirdNumberValue(DeserializationContext context, Class<?> target, Number value,
                                                     String failureMessage) {
                    return target.isPrimitive() ? ClassUtil.defaultValue(target) : null;
                }
            })
            .build();

    private AnchorJson() {
    }

    /** Parses an object; anything else is an {@link ErrorCode#UNEXPECTED} failure naming {@code what}. */
    public static JsonNode parseObject(String json, String what) {
        JsonNode node;
        try {
            node = json == null ? null : MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new AnchorException(ErrorCode.UNEXPECTED,
                    "cannot read " + what + ": not valid JSON (" + e.getOriginalMessage() + ")", null, e);
        }
        if (node == null || !node.isObject()) {
            throw new AnchorException(ErrorCode.UNEXPECTED, "cannot read " + what + ": not a JSON object");
        }
        return node;
    }

    /**
     * Reads one of the chaincode's answers into its wire model record, tolerantly: members the record does not know
     * are ignored (a newer chaincode does not break this client), a value of the wrong form (a time that is not one,
     * an event type it does not know, an array where text belongs) reads as null (zero for a number); numbers are
     * exact. An answer that is not a JSON object is an {@link ErrorCode#UNEXPECTED} failure naming {@code what}.
     */
    public static <T> T read(String json, Class<T> type, String what) {
        return read(parseObject(json, what), type, what);
    }

    /** As {@link #read(String, Class, String)}, for an object already parsed (e.g. a member of a page). */
    public static <T> T read(JsonNode object, Class<T> type, String what) {
        if (object == null || !object.isObject()) {
            throw new AnchorException(ErrorCode.UNEXPECTED, "cannot read " + what + ": not a JSON object");
        }
        try {
            return RECORDS.treeToValue(object, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new AnchorException(ErrorCode.UNEXPECTED, "cannot read " + what + ": " + e.getMessage(), null, e);
        }
    }

    public static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }

    public static Instant instant(JsonNode node, String field) {
        String s = text(node, field);
        if (s == null) {
            return null;
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public static BigDecimal decimal(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            return v.decimalValue();
        }
        try {
            return new BigDecimal(v.asText().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static long integer(JsonNode node, String field, long fallback) {
        JsonNode v = node.get(field);
        if (v != null && v.isIntegralNumber() && v.canConvertToLong()) {
            return v.longValue();
        }
        if (v != null && v.isTextual()) {
            try {
                return Long.parseLong(v.asText().trim());
            } catch (NumberFormatException e) {
                return fallback;
            }
        }
        return fallback;
    }

    /** A JSON value as plain Java: String, BigDecimal, Boolean, sorted Map, List, or null. */
    public static Object toJava(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return null;
        }
        if (v.isObject()) {
            Map<String, Object> map = new TreeMap<>();
            v.properties().forEach(e -> map.put(e.getKey(), toJava(e.getValue())));
            return Collections.unmodifiableSortedMap((TreeMap<String, Object>) map);
        }
        if (v.isArray()) {
            List<Object> list = new ArrayList<>();
            v.forEach(e -> list.add(toJava(e)));
            return Collections.unmodifiableList(list);
        }
        if (v.isNumber()) {
            return v.decimalValue();
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        return v.asText();
    }

    /** Compact (not canonical) rendering of a node, numbers exact. */
    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The canonical JSON the chaincode writes and hashes ({@link CanonicalForm}, the one writer of it), as text.
     *
     * @param skipTopLevel name of a top-level member to leave out (e.g. {@code "hash"}), or null
     */
    public static String canonical(JsonNode node, String skipTopLevel) {
        JsonNode written = node;
        if (skipTopLevel != null && node instanceof ObjectNode object && object.has(skipTopLevel)) {
            ObjectNode copy = object.deepCopy();
            copy.remove(skipTopLevel);
            written = copy;
        }
        return new String(CanonicalForm.write(written), StandardCharsets.UTF_8);
    }

    /** {@code 1200}, {@code 12.5}: plain notation, no trailing zeros. */
    public static String plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        if (s.scale() <= 0) {
            return s.toBigIntegerExact().toString();
        }
        return s.toPlainString();
    }

    public static String sha256Hex(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
