package dev.anchor.server.http;

import java.util.Map;
import java.util.Objects;

/**
 * An EPCIS exception a route answers with: its type, what exactly is wrong in words, and any header the answer
 * carries (e.g. the capture limits of a 413). {@link Problems} writes it as {@code application/problem+json}.
 */
public final class EpcisHttpException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final EpcisExceptionType type;
    private final transient Map<String, String> headers;

    public EpcisHttpException(EpcisExceptionType type, String detail) {
        this(type, detail, Map.of());
    }

    public EpcisHttpException(EpcisExceptionType type, String detail, Map<String, String> headers) {
        super(detail);
        this.type = Objects.requireNonNull(type, "type");
        this.headers = Map.copyOf(headers);
    }

    public EpcisExceptionType type() {
        return type;
    }

    /** @return the problem's {@code detail} */
    public String detail() {
        return getMessage();
    }

    /** @return headers to set on the answer */
    public Map<String, String> headers() {
        return headers;
    }
}
