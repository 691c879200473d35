package dev.anchor.server.query;

/**
 * More events match than the query's {@code maxEventCount} allows (the EPCIS QueryTooLargeException, HTTP 413).
 */
public final class QueryTooLargeException extends RuntimeException {
    private final int maxEventCount;

    public QueryTooLargeException(int maxEventCount) {
        super("maxEventCount: more than " + maxEventCount + " events match the query");
        this.maxEventCount = maxEventCount;
    }

    /** @return the query's limit */
    public int maxEventCount() {
        return maxEventCount;
    }
}
