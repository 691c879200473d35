package dev.anchor.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

/**
 * RFC 7807 problems as the EPCIS REST binding shapes them ({@code RFC7807ProblemResponseBody}:
 * {@code type}, {@code title}, {@code status}, {@code detail}, {@code instance}), written as
 * {@code application/problem+json}. A problem never carries a stack trace.
 */
public final class Problems {
    /** The media type of every error answer. */
    public static final String MEDIA_TYPE = "application/problem+json";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Problems() {
    }

    /**
     * @param instance the request's path, or null when the problem is not about one request (a capture job's error)
     * @return the problem body
     */
    public static ObjectNode body(EpcisExceptionType type, String detail, String instance) {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("type", type.uri());
        body.put("title", type.title());
        body.put("status", type.status());
        body.put("detail", detail);
        if (instance != null) {
            body.put("instance", instance);
        }
        return body;
    }

    /** Answers the request with the problem, its status and its headers. */
    public static void write(Context ctx, EpcisHttpException problem) {
        problem.headers().forEach(ctx::header);
        ctx.status(problem.type().status())
                .contentType(MEDIA_TYPE)
                .result(body(problem.type(), problem.detail(), ctx.req().getRequestURI()).toString());
    }
}
