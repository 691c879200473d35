package dev.anchor.client.epcis;

import dev.anchor.client.wire.AnchorJson;

import java.util.List;

/**
 * The answer of one {@code CaptureEpcisEvents} transaction: which of its events it recorded, which were there; the
 * wire model's {@link dev.anchor.model.epcis.EpcisCaptureAnswer} with the transaction that gave it.
 */
public record EpcisCaptureAnswer(String transactionId, List<String> recorded, List<String> duplicates) {

    public EpcisCaptureAnswer {
        recorded = List.copyOf(recorded);
        duplicates = List.copyOf(duplicates);
    }

    /** Reads {@code {"duplicates":[…],"links":[…],"recorded":[…]}} through the wire model. */
    public static EpcisCaptureAnswer fromJson(String transactionId, String json) {
        dev.anchor.model.epcis.EpcisCaptureAnswer answer =
                AnchorJson.read(json, dev.anchor.model.epcis.EpcisCaptureAnswer.class, "the capture answer");
        return new EpcisCaptureAnswer(transactionId, orEmpty(answer.recorded()), orEmpty(answer.duplicates()));
    }

    private static List<String> orEmpty(List<String> ids) {
        return ids == null ? List.of() : ids;
    }
}
