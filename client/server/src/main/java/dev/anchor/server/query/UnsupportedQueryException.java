package dev.anchor.server.query;

/**
 * A parameter of the standard that this server does not implement (the EPCIS ImplementationException, HTTP 501),
 * as opposed to a parameter or value that is wrong ({@link InvalidQueryException}).
 */
public final class UnsupportedQueryException extends RuntimeException {
    private final String parameter;

    public UnsupportedQueryException(String parameter, String message) {
        super(parameter + ": " + message);
        this.parameter = parameter;
    }

    /** @return the query parameter that is not supported */
    public String parameter() {
        return parameter;
    }
}
