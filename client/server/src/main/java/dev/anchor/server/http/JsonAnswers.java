package dev.anchor.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchor.client.epcis.EpcisDocuments;
import io.javalin.http.Context;

import java.util.List;

/** Writes the JSON answers of the EPCIS routes, as the client accepts them ({@link ContentNegotiation}). */
final class JsonAnswers {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonAnswers() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** Answers 200 with the JSON body. */
    static void ok(Context ctx, JsonNode body) {
        ctx.status(200).contentType(ContentNegotiation.jsonType(ctx)).result(body.toString());
    }

    /** A JSON-LD {@code Collection} of the values ({@code TopLevelResourceCollection}, {@code UriCollection}, …). */
    static ObjectNode collection(List<String> members) {
        ObjectNode collection = object();
        collection.put("@context", EpcisDocuments.STANDARD_CONTEXT);
        collection.put("type", "Collection");
        members.forEach(collection.putArray("member")::add);
        return collection;
    }
}
