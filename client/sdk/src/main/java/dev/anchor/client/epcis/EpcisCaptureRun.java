package dev.anchor.client.epcis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchor.client.AnchorException;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.wire.AnchorJson;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One capture of an EPCIS document: validate it whole, hash each event, then send the events in transactions of at
 * most N events and at most {@link #MAX_BYTES_PER_TRANSACTION} bytes, up to M transactions in flight at once,
 * reporting progress after each commit in document order; a failed transaction stops the capture (no new
 * transaction starts) with what was done.
 */
public final class EpcisCaptureRun {
    /** The most events the chaincode takes in one transaction. */
    static final int MAX_EVENTS_PER_TRANSACTION = 1000;
    /**
     * The most bytes of event JSON the chaincode takes in one transaction, each event counted with the document's
     * {@code @context} (EpcisCapture.MAX_CAPTURE_BYTES; docs/epcis.md says why). The SDK's JSON of an event is never
     * shorter than the chaincode's canonical JSON of it, so a transaction within this bound here is within it there.
     */
    static final int MAX_BYTES_PER_TRANSACTION = 512 * 1024;

    /** The most transactions of one capture in flight at once. */
    static final int MAX_TRANSACTIONS_IN_FLIGHT = 16;
    /** Daemon threads, so that a capture never keeps the JVM alive. */
    private static final ThreadFactory SENDER_THREADS = runnable -> {
        Thread thread = new Thread(runnable, "anchor-epcis-capture");
        thread.setDaemon(true);
        return thread;
    };

    private final Function<String, EpcisCaptureAnswer> transaction;

    /** @param transaction submits one {@code CaptureEpcisEvents} argument and answers what it did */
    public EpcisCaptureRun(Function<String, EpcisCaptureAnswer> transaction) {
        this.transaction = Objects.requireNonNull(transaction, "transaction");
    }

    /** Captures {@code document}, as {@link EpcisCapturer#captureEpcis} describes. */
    public EpcisCaptureReport capture(JsonNode document, int eventsPerTransaction, int transactionsInFlight,
                               Consumer<EpcisCaptureReport> progress) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(progress, "progress");
        if (eventsPerTransaction < 1 || eventsPerTransaction > MAX_EVENTS_PER_TRANSACTION) {
            throw new IllegalArgumentException("eventsPerTransaction must be 1 to " + MAX_EVENTS_PER_TRANSACTION);
        }
        if (transactionsInFlight < 1 || transactionsInFlight > MAX_TRANSACTIONS_IN_FLIGHT) {
            throw new IllegalArgumentException("transactionsInFlight must be 1 to " + MAX_TRANSACTIONS_IN_FLIGHT);
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

        List<int[]> ranges = new ArrayList<>();
        for (int from = 0, to; from < entries.size(); from = to) {
            to = end(sizes, from, eventsPerTransaction);
            ranges.add(new int[] {from, to});
        }
        progress.accept(new EpcisCaptureReport(events.size(), List.of(), List.of(), List.of()));
        return send(context, entries, ranges, transactionsInFlight, progress);
    }

    /**
     * Sends the transactions, at most {@code inFlight} at once, and reports each commit in document order. After a
     * failure no new transaction starts; those already sent finish, and what they recorded is in the report.
     */
    private EpcisCaptureReport send(JsonNode context, List<ObjectNode> entries, List<int[]> ranges, int inFlight,
                                    Consumer<EpcisCaptureReport> progress) {
        AtomicBoolean failed = new AtomicBoolean();
        ExecutorService senders = Executors.newFixedThreadPool(Math.min(inFlight, ranges.size()), SENDER_THREADS);
        List<Future<EpcisCaptureAnswer>> answers = new ArrayList<>();
        try {
            for (int[] range : ranges) {
                String argument = argument(context, entries.subList(range[0], range[1]));
                answers.add(senders.submit(() -> {
                    if (failed.get()) {
                        return null;
                    }
                    try {
                        return transaction.apply(argument);
                    } catch (RuntimeException e) {
                        failed.set(true);
                        throw e;
                    }
                }));
            }
            List<String> recorded = new ArrayList<>();
            List<String> duplicates = new ArrayList<>();
            List<String> transactions = new ArrayList<>();
            AnchorException firstFailure = null;
            int[] failedRange = null;
            int unsent = 0;
            for (int i = 0; i < ranges.size(); i++) {
                EpcisCaptureAnswer answer;
                try {
                    answer = answers.get(i).get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof AnchorException anchor)) {
                        throw e.getCause() instanceof RuntimeException runtime ? runtime
                                : new IllegalStateException(e.getCause());
                    }
                    if (firstFailure == null) {
                        firstFailure = anchor;
                        failedRange = ranges.get(i);
                    }
                    unsent += ranges.get(i)[1] - ranges.get(i)[0];
                    continue;
                }
                if (answer == null) {
                    unsent += ranges.get(i)[1] - ranges.get(i)[0];
                    continue;
                }
                recorded.addAll(answer.recorded());
                duplicates.addAll(answer.duplicates());
                transactions.add(answer.transactionId());
                if (firstFailure == null) {
                    progress.accept(new EpcisCaptureReport(entries.size(), recorded, duplicates, transactions));
                }
            }
            EpcisCaptureReport report = new EpcisCaptureReport(entries.size(), recorded, duplicates, transactions);
            if (firstFailure != null) {
                int from = failedRange[0];
                throw new EpcisCaptureException(firstFailure.errorCode(), "events " + (from + 1) + " to "
                        + failedRange[1] + " of " + entries.size() + " were not recorded (the transaction's events[0] "
                        + "is the document's event " + (from + 1) + "): " + firstFailure.getMessage() + "; "
                        + recorded.size() + " recorded and " + duplicates.size() + " duplicates in the transactions "
                        + "that committed, " + unsent + " events not recorded; capture the document again to record "
                        + "the rest", firstFailure.transactionId().orElse(null), List.of(), report, firstFailure);
            }
            return report;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while capturing", e);
        } finally {
            senders.shutdownNow();
        }
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
