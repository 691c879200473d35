package dev.anchor.server.query;

/** The top-level EPCIS resources whose values can be listed, and the path segment of each. */
public enum Vocabulary {
    EVENT_TYPES("eventTypes"),
    EPCS("epcs"),
    BIZ_STEPS("bizSteps"),
    BIZ_LOCATIONS("bizLocations"),
    READ_POINTS("readPoints"),
    DISPOSITIONS("dispositions");

    private final String resource;

    Vocabulary(String resource) {
        this.resource = resource;
    }

    /** @return the resource's path segment, e.g. {@code bizSteps} */
    public String resource() {
        return resource;
    }
}
