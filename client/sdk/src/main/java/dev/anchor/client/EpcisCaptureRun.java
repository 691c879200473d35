package dev.anchor.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One capture of an EPCIS document: validate it whole, hash each event, then send the events in transactions of at
 * most N events and at most {@link #MAX_BYTES_PER_TRANSACTION} bytes, reporting progress after each; a failed
 * transaction stops the capture with what was done so far.
 */
final class EpcisCaptureRun {
    /** The most events the chaincode takes in one transaction. */
    static final int MAX_EVENTS_PER_TRANSACTION = 1000;
    /**
     * The most bytes of event JSON the chaincode takes in one transaction, each event counted with the document's
     * {@code @context} (EpcisCapture.MAX_CAPTURE_BYTES; docs/epcis.md says why). The SDK's JSON of an event is never
     * shorter than the chaincode's canonical JSON of it, so a transaction within this bound here is within it there.
     */
    static final int MAX_BYTES_PER_TRANSACTION = 512 * 1024;

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

        long contextBytes = context == null || context.isNull() ? 0 : utf8Length(AnchorJson.write(context));
        long[] sizes = new long[entries.size()];
        List<EpcisProblem> oversized = new ArrayList<>();
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = utf8Length(AnchorJson.write(entries.get(i).get("event"))) + contextBytes;
            if (sizes[i] > MAX_BYTES_PER_TRANSACTION) {
                oversized.add(new EpcisProblem(eventPath(document, i), "is " + sizes[i] + " bytes of JSON with the "
                        + "document's @context (" + contextBytes + " bytes); a transaction takes at most "
                        + MAX_BYTES_PER_TRANSACTION));
            }
        }
        if (!oversized.isEmpty()) {
            int first = 0;
            while (sizes[first] <= MAX_BYTES_PER_TRANSACTION) {
                first++;
            }
            throw new EpcisCaptureException(ErrorCode.EPCIS_CAPTURE_TOO_LARGE, "event " + (first + 1) + " of "
                    + events.size() + " is " + sizes[first] + " bytes of JSON (with the document's @context), more than "
                    + "one transaction takes (" + MAX_BYTES_PER_TRANSACTION + ")" + (oversized.size() > 1 ? ", and "
                    + (oversized.size() - 1) + " more events are" : "") + "; nothing was recorded", null, oversized,
                    nothing, null);
        }

        List<String> recorded = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        List<String> transactions = new ArrayList<>();
        progress.accept(new EpcisCaptureReport(events.size(), recorded, duplicates, transactions));
        for (int from = 0, to; from < entries.size(); from = to) {
            to = end(sizes, from, eventsPerTransaction);
            List<ObjectNode> slice = entries.subList(from, to);
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

    /**
     * Where the transaction that starts at event {@code from} ends (exclusive): at most {@code maxEvents} events and
     * at most {@link #MAX_BYTES_PER_TRANSACTION} bytes, and at least one event.
     */
    static int end(long[] sizes, int from, int maxEvents) {
        int to = from + 1;
        long bytes = sizes[from];
        while (to < sizes.length && to - from < maxEvents && bytes + sizes[to] <= MAX_BYTES_PER_TRANSACTION) {
            bytes += sizes[to];
            to++;
        }
        return to;
    }

    private static long utf8Length(String json) {
        return json.getBytes(StandardCharsets.UTF_8).length;
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
