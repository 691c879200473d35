package dev.anchor.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One capture of an EPCIS document: validate it whole, hash each event, then send the events in transactions of
 * a fixed size, reporting progress after each; a failed transaction stops the capture with what was done so far.
 */
final class EpcisCaptureRun {
    /** The most events the chaincode takes in one transaction. */
    static final int MAX_EVENTS_PER_TRANSACTION = 1000;

    private final Function<String, EpcisCaptureAnswer> transaction;

    /** @param transaction submits one {@code CaptureEpcisEvents} argument and answers what it did */
    EpcisCaptureRun(Function<String, EpcisCaptureAnswer> transaction) {
        this.transaction = Objects.requireNonNull(transaction, "transaction");
    }

    EpcisCaptureReport capture(JsonNode document, int eventsPerTransaction, Consumer<EpcisCaptureReport> progress) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(progress, "progress");
        if (eventsPerTransaction < 1 || eventsPerTransaction > MAX_EVENTS_PER_TRANSACTION) {
            throw new IllegalArgumentException("eventsPerTransaction must be 1 to " + MAX_EVENTS_PER_TRANSACTION);
        }
        EpcisCaptureReport nothing = new EpcisCaptureReport(0, List.of(), List.of(), List.of());
        List<EpcisProblem> problems = EpcisSchema.validate(document);
        if (!problems.isEmpty()) {
            throw new EpcisCaptureException(ErrorCode.INVALID_EPCIS_DOCUMENT, "the document is not valid EPCIS 2.0 ("
                    + problems.size() + (problems.size() == 1 ? " problem" : " problems") + "); nothing was recorded",
                    null, problems, nothing, null);
        }
        JsonNode context = document.get("@context");
        List<JsonNode> events = events(document);
        List<ObjectNode> entries = new ArrayList<>();
        List<EpcisProblem> unhashable = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            ObjectNode stored = events.get(i).deepCopy();
            stored.remove("@context");
            ObjectNode entry = AnchorJson.MAPPER.createObjectNode();
            try {
                entry.put("eventId", EpcisEventHash.of(stored, context));
            } catch (IllegalArgumentException e) {
                unhashable.add(new EpcisProblem(eventPath(document, i), e.getMessage()));
            }
            entry.set("event", stored);
            entries.add(entry);
        }
        if (!unhashable.isEmpty()) {
            throw new EpcisCaptureException(ErrorCode.INVALID_EPCIS_DOCUMENT, "the CBV 2.0 event hash cannot be computed"
                    + " for " + unhashable.size() + " of " + events.size() + " events (the OpenEPCIS generator refuses "
                    + "an identifier); nothing was recorded", null, unhashable, nothing, null);
        }

        List<String> recorded = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        List<String> transactions = new ArrayList<>();
        progress.accept(new EpcisCaptureReport(events.size(), recorded, duplicates, transactions));
        for (int from = 0; from < entries.size(); from += eventsPerTransaction) {
            List<ObjectNode> slice = entries.subList(from, Math.min(entries.size(), from + eventsPerTransaction));
            EpcisCaptureAnswer answer;
            try {
                answer = transaction.apply(argument(context, slice));
            } catch (AnchorException e) {
                EpcisCaptureReport partial = new EpcisCaptureReport(events.size(), recorded, duplicates, transactions);
                throw new EpcisCaptureException(e.errorCode(), "events " + (from + 1) + " to " + (from + slice.size())
                        + " of " + events.size() + " were not recorded (the transaction's events[0] is the document's "
                        + "event " + (from + 1) + "): " + e.getMessage() + "; "
                        + recorded.size() + " recorded and " + duplicates.size() + " duplicates before; capture the "
                        + "document again to record the rest", e.transactionId().orElse(null), List.of(), partial, e);
            }
            recorded.addAll(answer.recorded());
            duplicates.addAll(answer.duplicates());
            transactions.add(answer.transactionId());
            progress.accept(new EpcisCaptureReport(events.size(), recorded, duplicates, transactions));
        }
        return new EpcisCaptureReport(events.size(), recorded, duplicates, transactions);
    }

    /** The events of an EPCISDocument or EPCISQueryDocument, or the document itself when it is one event. */
    static List<JsonNode> events(JsonNode document) {
        return EpcisEvents.of(document).orElseThrow(() -> new EpcisCaptureException(ErrorCode.INVALID_EPCIS_DOCUMENT,
                "a document of type \"" + document.path("type").asText() + "\" holds no events to capture", null,
                List.of(new EpcisProblem("$.type", "is neither EPCISDocument, EPCISQueryDocument nor an event type")),
                new EpcisCaptureReport(0, List.of(), List.of(), List.of()), null));
    }

    /** The JSON path of the {@code i}-th event of the document. */
    private static String eventPath(JsonNode document, int i) {
        return switch (document.path("type").asText()) {
            case "EPCISDocument" -> "$.epcisBody.eventList[" + i + "]";
            case "EPCISQueryDocument" -> "$.epcisBody.queryResults.resultsBody.eventList[" + i + "]";
            default -> "$";
        };
    }

    private static String argument(JsonNode context, List<ObjectNode> slice) {
        ObjectNode argument = AnchorJson.MAPPER.createObjectNode();
        if (context != null && !context.isNull()) {
            argument.set("context", context);
        }
        ArrayNode array = argument.putArray("events");
        slice.forEach(array::add);
        return AnchorJson.write(argument);
    }
}
