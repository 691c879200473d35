package dev.anchor.client.epcis;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.path.PathType;
import dev.anchor.client.wire.AnchorJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;

/**
 * The official GS1 EPCIS 2.0 JSON Schema ({@code EPCIS-JSON-Schema.json}, shipped in this library), applied with
 * the networknt JSON Schema validator. It accepts an {@code EPCISDocument}, an {@code EPCISQueryDocument}, or a
 * single event (which must then carry its own {@code @context}).
 *
 * <pre>{@code
 * JsonNode document = new ObjectMapper().readTree(Path.of("shipment.jsonld").toFile());
 * List<EpcisProblem> problems = EpcisSchema.validate(document);
 * problems.forEach(p -> System.err.println(p.path() + ": " + p.reason()));   // empty when valid
 * }</pre>
 */
public final class EpcisSchema {
    private static final String RESOURCE = "EPCIS-JSON-Schema.json";
    private static final Schema SCHEMA = load();

    private EpcisSchema() {
    }

    /**
     * @param document the JSON document (any JSON value; a non-object is a problem at {@code $})
     * @return every problem the schema finds, ordered by path then reason; empty when the document is valid
     */
    public static List<EpcisProblem> validate(JsonNode document) {
        return validate(AnchorJson.write(document));
    }

    /**
     * @param json the JSON text of the document
     * @return as {@link #validate(JsonNode)}; text that is not JSON at all is one problem at {@code $}
     */
    public static List<EpcisProblem> validate(String json) {
        List<Error> errors;
        try {
            errors = SCHEMA.validate(json, InputFormat.JSON);
        } catch (RuntimeException e) {
            return List.of(new EpcisProblem("$", "not valid JSON (" + e.getMessage() + ")"));
        }
        return errors.stream()
                .map(e -> new EpcisProblem(e.getInstanceLocation().toString(), reason(e)))
                .distinct()
                .sorted(Comparator.comparing(EpcisProblem::path).thenComparing(EpcisProblem::reason))
                .toList();
    }

    /** The validator's message starts with the instance path; the reason is what follows it. */
    private static String reason(Error e) {
        String message = e.getMessage();
        String path = e.getInstanceLocation().toString();
        if (message.startsWith(path + ": ")) {
            return message.substring(path.length() + 2);
        }
        return message;
    }

    private static Schema load() {
        try (InputStream in = EpcisSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            // paths as JSON paths ($.a.b[0]); "format" (date-time, uri) asserted, as the schema's authors intend
            SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                    .pathType(PathType.JSON_PATH)
                    .formatAssertionsEnabled(true)
                    .build();
            // a document's id and an event's eventID may also be JSON-LD blank node identifiers (_:event1)
            Dialect draft7 = Dialect.builder(Dialects.getDraft7()).format(new EpcisIdentifierFormat()).build();
            return SchemaRegistry.withDefaultDialect(draft7, builder -> builder.schemaRegistryConfig(config))
                    .getSchema(in, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
