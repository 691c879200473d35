package dev.anchor.client.epcis;

import com.fasterxml.jackson.databind.JsonNode;
import dev.anchor.client.wire.AnchorJson;

import java.util.ArrayList;
import java.util.List;

/** The answer of one {@code CaptureEpcisEvents} transaction: which of its events it recorded, which were there. */
public record EpcisCaptureAnswer(String transactionId, List<String> recorded, List<String> duplicates) {

    public EpcisCaptureAnswer {
        recorded = List.copyOf(recorded);
        duplicates = List.copyOf(duplicates);
    }

    /** Reads {@code {"duplicates":[…],"links":[…],"recorded":[…]}}. */
    public static EpcisCaptureAnswer fromJson(String transactionId, String json) {
        JsonNode node = AnchorJson.parseObject(json, "the capture answer");
        return new EpcisCaptureAnswer(transactionId, ids(node.get("recorded")), ids(node.get("duplicates")));
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        if (array != null) {
            array.forEach(id -> ids.add(id.asText()));
        }
        return ids;
    }
}
