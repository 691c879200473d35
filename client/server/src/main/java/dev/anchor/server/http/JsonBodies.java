package dev.anchor.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;

/** Reads the small JSON request bodies of the routes (a named query, a subscription), refusing any other body. */
final class JsonBodies {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonBodies() {
    }

    /**
     * @param shape what the route takes, for the refusal ({@code {"name": …, "query": {…}}})
     * @throws EpcisHttpException 400 ValidationException for a body that is not JSON, or not a JSON object
     */
    static JsonNode object(Context ctx, String shape) {
        JsonNode body;
        try {
            body = MAPPER.readTree(ctx.body());
        } catch (JsonProcessingException e) {
            throw new EpcisHttpException(EpcisExceptionType.VALIDATION, "the body is not JSON: "
                    + e.getOriginalMessage());
        }
        if (body == null || !body.isObject()) {
            throw new EpcisHttpException(EpcisExceptionType.VALIDATION, "the body must be a JSON object " + shape);
        }
        return body;
    }
}
