package dev.anchor.server.http;

/**
 * The EPCIS 2.0 exceptions of the REST binding (openapi.yaml, {@code components/responses}), each with the HTTP status
 * it is answered with and the {@code type} URI of its RFC 7807 problem.
 */
public enum EpcisExceptionType {
    VALIDATION(400, "ValidationException", "The request is not valid EPCIS"),
    QUERY_PARAMETER(400, "QueryParameterException", "Invalid query parameter"),
    SUBSCRIPTION_CONTROLS(400, "SubscriptionControlsException", "Invalid subscription controls"),
    UNAUTHORISED(401, "SecurityException", "Unauthorised request"),
    FORBIDDEN(403, "SecurityException", "Access to resource forbidden"),
    NO_SUCH_RESOURCE(404, "NoSuchResourceException", "Resource not found"),
    NO_SUCH_NAME(404, "NoSuchNameException", "No query of that name"),
    METHOD_NOT_ALLOWED(405, "ValidationException", "Method not allowed"),
    NOT_ACCEPTABLE(406, "NotAcceptableException", "Conflicting request and response headers"),
    ALREADY_EXISTS(409, "ResourceAlreadyExistsException", "A resource with the provided identifier already exists"),
    CAPTURE_LIMIT_EXCEEDED(413, "CaptureLimitExceededException", "Capture payload too large"),
    QUERY_TOO_LARGE(413, "QueryTooLargeException", "Query result too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "UnsupportedMediaTypeException", "Unsupported media type"),
    IMPLEMENTATION(500, "ImplementationException", "A server-side error occurred"),
    NOT_IMPLEMENTED(501, "ImplementationException", "Functionality not supported by server");

    private final int status;
    private final String name;
    private final String title;

    EpcisExceptionType(int status, String name, String title) {
        this.status = status;
        this.name = name;
        this.title = title;
    }

    /** @return the HTTP status */
    public int status() {
        return status;
    }

    /** @return the problem's {@code type}, e.g. {@code epcisException:ValidationException} */
    public String uri() {
        return "epcisException:" + name;
    }

    /** @return the problem's {@code title} */
    public String title() {
        return title;
    }
}
