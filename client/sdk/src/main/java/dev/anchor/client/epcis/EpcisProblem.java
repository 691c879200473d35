package dev.anchor.client.epcis;

/**
 * One reason why a JSON document is not valid EPCIS 2.0, as {@link EpcisSchema#validate} reports it.
 *
 * @param path   where in the document, as a JSON path from the root {@code $} (e.g.
 *               {@code $.epcisBody.eventList[0].action})
 * @param reason what the official schema requires there, in words (e.g. {@code does not have a value in the
 *               enumeration ["ADD", "OBSERVE", "DELETE"]})
 */
public record EpcisProblem(String path, String reason) {
    @Override
    public String toString() {
        return path + ": " + reason;
    }
}
