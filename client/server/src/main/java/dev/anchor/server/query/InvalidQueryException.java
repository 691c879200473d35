package dev.anchor.server.query;

/** A query that cannot be answered as asked: names the parameter and says what is wrong with it. */
public final class InvalidQueryException extends RuntimeException {
    private final String parameter;

    public InvalidQueryException(String parameter, String message) {
        super(parameter + ": " + message);
        this.parameter = parameter;
    }

    /** @return the offending query parameter (or {@code nextPageToken}) */
    public String parameter() {
        return parameter;
    }
}
