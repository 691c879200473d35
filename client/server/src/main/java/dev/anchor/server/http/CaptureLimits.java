package dev.anchor.server.http;

/**
 * How much one {@code POST /capture} may carry, announced in {@code GS1-EPCIS-Capture-Limit} and
 * {@code GS1-EPCIS-Capture-File-Size-Limit}; a larger document is refused with 413 before anything is captured.
 *
 * @param maxEvents the most events in one document
 * @param maxBytes  the most bytes of one document
 */
public record CaptureLimits(int maxEvents, long maxBytes) {
    /** 10,000 events, 16 MiB. */
    public static final CaptureLimits DEFAULT = new CaptureLimits(10_000, 16L * 1024 * 1024);

    public CaptureLimits {
        if (maxEvents < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("capture limits must be positive");
        }
    }
}
