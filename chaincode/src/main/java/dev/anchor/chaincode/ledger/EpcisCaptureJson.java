package dev.anchor.chaincode.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import dev.anchor.chaincode.domain.epcis.EpcisCaptureRequest;
import dev.anchor.chaincode.domain.epcis.EpcisCaptureResult;
import dev.anchor.chaincode.domain.epcis.EpcisCaptured;
import dev.anchor.chaincode.domain.epcis.EpcisEvent;
import dev.anchor.chaincode.domain.epcis.EpcisQuantity;
import dev.anchor.chaincode.domain.shared.Refusal;
import dev.anchor.model.epcis.EpcisCaptureAnswer;
import dev.anchor.model.epcis.EpcisLedgerRecord;
import dev.anchor.model.json.CanonicalForm;
import dev.anchor.model.vocabulary.ErrorCode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** EPCIS capture on the wire: the argument of CaptureEpcisEvents, the record of a captured event, the answer. */
public final class EpcisCaptureJson {

    private EpcisCaptureJson() {
    }

    /**
     * The record of a captured EPCIS event (value of {@code epcis}+eventId): the event whole as captured, {@code context}
     * absent when the document had none ({@link EpcisLedgerRecord}).
     */
    public static byte[] encodeEpcisRecord(EpcisCaptured captured) {
        return CanonicalForm.write(new EpcisLedgerRecord(captured.submission().timestamp(),
                captured.submission().callerMspId(),
                captured.context() == null ? null : CanonicalForm.tree(captured.context().getBytes(StandardCharsets.UTF_8)),
                CanonicalForm.tree(captured.event().json().getBytes(StandardCharsets.UTF_8)), captured.event().eventId(),
                captured.submission().txId()));
    }

    /** The answer of CaptureEpcisEvents: {@code {"duplicates":[ids],"links":[links],"recorded":[ids]}}. */
    public static byte[] encodeEpcisCaptureResult(EpcisCaptureResult result) {
        return CanonicalForm.write(new EpcisCaptureAnswer(result.duplicates(),
                result.links().stream().map(LineageJson::wire).toList(), result.recorded()));
    }

    /**
     * Reads the argument of {@code CaptureEpcisEvents}:
     * {@code {"context":<the document's @context>,"events":[{"eventId":"ni:///sha-256;…?ver=CBV2.0","event":{…}},…]}}
     * ({@code context} may be left out). A member of the wrong JSON type is refused with {@code INVALID_EPCIS_EVENT}
     * naming it ({@code events[2].epcList: must be an array of strings}); the domain checks the values. Each event is
     * kept whole, in canonical form.
     */
    public static EpcisCaptureRequest decodeEpcisCapture(String argument) {
        JsonNode root;
        try {
            root = argument == null ? null : CanonicalForm.tree(argument.getBytes(StandardCharsets.UTF_8));
        } catch (UncheckedIOException e) {
            root = null;
        }
        if (root == null || !root.isObject() || !root.path("events").isArray()) {
            throw invalidEpcisEvent("events", "the argument must be a JSON object {\"context\":…,\"events\":[{\"eventId\":…,"
                    + "\"event\":{…}},…]}");
        }
        JsonNode context = root.get("context");
        String contextJson = context == null || context.isNull() ? null
                : new String(CanonicalForm.write(context), StandardCharsets.UTF_8);
        List<EpcisEvent> events = new ArrayList<>();
        JsonNode list = root.get("events");
        for (int i = 0; i < list.size(); i++) {
            events.add(epcisEvent(i, list.get(i)));
        }
        return new EpcisCaptureRequest(contextJson, events);
    }

    private static EpcisEvent epcisEvent(int position, JsonNode entry) {
        String at = "events[" + position + "]";
        if (!entry.isObject() || !entry.path("event").isObject()) {
            throw invalidEpcisEvent(at, "must be an object {\"eventId\":…,\"event\":{…}}");
        }
        JsonNode event = entry.get("event");
        return new EpcisEvent(position, epcisText(at, entry, "eventId"), epcisText(at, event, "type"),
                epcisText(at, event, "action"), epcisText(at, event, "eventTime"),
                epcisText(at, event, "eventTimeZoneOffset"), epcisText(at, event, "bizStep"),
                epcisText(at, event, "disposition"), epcisId(at, event, "bizLocation"), epcisId(at, event, "readPoint"),
                epcisTexts(at, event, "epcList", "childEPCs"), epcisTexts(at, event, "inputEPCList"),
                epcisTexts(at, event, "outputEPCList"), epcisText(at, event, "parentID"),
                epcisQuantities(at, event, "quantityList", "childQuantityList"),
                epcisQuantities(at, event, "inputQuantityList"), epcisQuantities(at, event, "outputQuantityList"),
                new String(CanonicalForm.write(event), StandardCharsets.UTF_8));
    }

    /** A string member of an event, or null when absent; another JSON type is refused naming it. */
    private static String epcisText(String at, JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw invalidEpcisEvent(at + "." + name, "must be a string");
        }
        return value.textValue();
    }

    /** The {@code id} string of an object member ({@code readPoint}, {@code bizLocation}), or null. */
    private static String epcisId(String at, JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            throw invalidEpcisEvent(at + "." + name, "must be an object {\"id\":…}");
        }
        return epcisText(at + "." + name, value, "id");
    }

    /** The strings of array members, in order. */
    private static List<String> epcisTexts(String at, JsonNode node, String... names) {
        List<String> texts = new ArrayList<>();
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value == null || value.isNull()) {
                continue;
            }
            if (!value.isArray()) {
                throw invalidEpcisEvent(at + "." + name, "must be an array of strings");
            }
            for (JsonNode element : value) {
                if (!element.isTextual()) {
                    throw invalidEpcisEvent(at + "." + name, "must be an array of strings");
                }
                texts.add(element.textValue());
            }
        }
        return texts;
    }

    /** The quantity elements of array members, in order. */
    private static List<EpcisQuantity> epcisQuantities(String at, JsonNode node, String... names) {
        List<EpcisQuantity> quantities = new ArrayList<>();
        for (String name : names) {
            JsonNode value = node.get(name);
            if (value == null || value.isNull()) {
                continue;
            }
            if (!value.isArray()) {
                throw invalidEpcisEvent(at + "." + name, "must be an array of quantity elements");
            }
            for (int i = 0; i < value.size(); i++) {
                String element = at + "." + name + "[" + i + "]";
                JsonNode q = value.get(i);
                if (!q.isObject()) {
                    throw invalidEpcisEvent(element, "must be an object {\"epcClass\":…,\"quantity\":…,\"uom\":…}");
                }
                String epcClass = epcisText(element, q, "epcClass");
                if (epcClass == null) {
                    throw invalidEpcisEvent(element + ".epcClass", "is required");
                }
                JsonNode quantity = q.get("quantity");
                if (quantity != null && !quantity.isNull() && !quantity.isNumber()) {
                    throw invalidEpcisEvent(element + ".quantity", "must be a number");
                }
                quantities.add(new EpcisQuantity(epcClass,
                        quantity == null || quantity.isNull() ? null : quantity.decimalValue(),
                        epcisText(element, q, "uom")));
            }
        }
        return quantities;
    }

    private static Refusal invalidEpcisEvent(String field, String reason) {
        return new Refusal(ErrorCode.INVALID_EPCIS_EVENT, field + ": " + reason);
    }
}
