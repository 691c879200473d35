package dev.anchor.chaincode.domain.epcis;

import dev.anchor.chaincode.domain.custody.BatchLedger;
import dev.anchor.chaincode.domain.lineage.BatchLink;
import dev.anchor.chaincode.domain.lineage.LineageLedger;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.chaincode.domain.shared.Gs1BatchReference;
import dev.anchor.chaincode.domain.shared.Refusal;
import dev.anchor.chaincode.domain.shared.Submission;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Records GS1 EPCIS 2.0 events under the capturing organisation's identity (any member may capture). Every event
 * of a call is checked before anything is written, and one that breaks a rule refuses the whole call with
 * {@link ErrorCode#INVALID_EPCIS_EVENT}, naming the event and the field. An event whose id is already on the
 * ledger, or earlier in the same call, is not written again: it is answered as a duplicate.
 *
 * <p>Each recorded event is stored as its record and linked to every Anchor batch it names
 * ({@link Gs1BatchReference}) that exists with that GTIN, and nothing else: the query indexes are the read side's
 * (data-model.md, "EPCIS events"). A TransformationEvent also links its input batches to its output batches in the
 * batch graph ({@link EpcisTransformationLinks}).
 */
public final class EpcisCapture {

    /** At most this many events in one call: bounds the transaction's write set (data-model.md, "Limits"). */
    public static final int MAX_EVENTS = 1_000;
    /**
     * At most this many bytes of event JSON in one call, each event counted with the document's {@code @context}
     * (its record repeats it): a transaction holds its events about twice (the proposal's argument and the records
     * written), so this keeps it near 1 MB, far under the orderer's 10 MB {@code AbsoluteMaxBytes}, and the read side
     * that indexes the events a bounded block to take in (data-model.md, "Limits"). The SDK splits by the same measure.
     */
    public static final int MAX_CAPTURE_BYTES = 512 * 1024;
    /**
     * At most this many characters in a value a query matches (EPC, class, location, step): the read side indexes
     * them, and a batch link's key holds a batch id taken from an EPC or class.
     */
    public static final int MAX_KEY_TEXT = 1_024;

    private static final Pattern EVENT_ID = Pattern.compile("ni:///sha-256;[0-9a-f]{64}\\?ver=CBV2\\.0");
    private static final Pattern TIME_ZONE_OFFSET = Pattern.compile("[+-]((0[0-9]|1[0-3]):[0-5][0-9]|14:00)");
    private static final Set<String> TYPES = Set.of("ObjectEvent", "AggregationEvent", "TransactionEvent",
            "TransformationEvent", "AssociationEvent");
    private static final Set<String> ACTIONS = Set.of("ADD", "OBSERVE", "DELETE");

    private final BatchLedger batches;
    private final EpcisLedger epcis;
    private final EpcisTransformationLinks transformations;

    public EpcisCapture(BatchLedger batches, EpcisLedger epcis, LineageLedger lineage) {
        this.batches = Objects.requireNonNull(batches, "batches");
        this.epcis = Objects.requireNonNull(epcis, "epcis");
        this.transformations = new EpcisTransformationLinks(lineage, batches);
    }

    public EpcisCaptureResult capture(Submission submission, EpcisCaptureRequest request) {
        List<EpcisEvent> events = request.events();
        if (events.isEmpty()) {
            throw invalid("events", "a capture needs at least one event");
        }
        if (events.size() > MAX_EVENTS) {
            throw invalid("events", "a capture may hold at most " + MAX_EVENTS + " events, not " + events.size());
        }
        long bytes = captureBytes(request);
        if (bytes > MAX_CAPTURE_BYTES) {
            throw new Refusal(ErrorCode.EPCIS_CAPTURE_TOO_LARGE, "the events of a capture may hold at most "
                    + MAX_CAPTURE_BYTES + " bytes of JSON (each event with the document's @context), not " + bytes
                    + "; send fewer events per transaction");
        }
        List<Instant> times = new ArrayList<>();
        events.forEach(event -> times.add(check(event)));

        List<String> recorded = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        List<BatchLink> links = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < events.size(); i++) {
            EpcisEvent event = events.get(i);
            if (!seen.add(event.eventId()) || epcis.holds(event.eventId())) {
                duplicates.add(event.eventId());
                continue;
            }
            LinkedBatches named = new LinkedBatches(batches);
            SortedSet<String> batchIds = new TreeSet<>();
            event.anyEpcs().forEach(epc -> named.find(epc).ifPresent(b -> batchIds.add(b.batchId().value())));
            event.anyQuantities().forEach(q -> named.find(q.epcClass()).ifPresent(b -> batchIds.add(b.batchId().value())));
            epcis.record(new EpcisCaptured(event, event.facts(times.get(i)), batchIds, request.context(), submission));
            recorded.add(event.eventId());
            if ("TransformationEvent".equals(event.type())) {
                links.addAll(transformations.link(event, named, submission));
            }
        }
        return new EpcisCaptureResult(recorded, duplicates, links);
    }

    /** The UTF-8 bytes of each event's JSON, each with those of the document's context, which its record repeats. */
    private static long captureBytes(EpcisCaptureRequest request) {
        long context = request.context() == null ? 0 : request.context().getBytes(StandardCharsets.UTF_8).length;
        long total = 0;
        for (EpcisEvent event : request.events()) {
            total += event.json().getBytes(StandardCharsets.UTF_8).length + context;
        }
        return total;
    }

    /** The structural rules of one event; answers its time. */
    private static Instant check(EpcisEvent event) {
        String at = "events[" + event.position() + "]";
        if (event.eventId() == null || !EVENT_ID.matcher(event.eventId()).matches()) {
            throw invalid(at + ".eventId", "must be a CBV 2.0 event hash ni:///sha-256;<64 hex digits>?ver=CBV2.0");
        }
        if (event.type() == null || !TYPES.contains(event.type())) {
            throw invalid(at + ".type", "must be one of AggregationEvent, AssociationEvent, ObjectEvent, "
                    + "TransactionEvent, TransformationEvent");
        }
        if (!"TransformationEvent".equals(event.type())
                && (event.action() == null || !ACTIONS.contains(event.action()))) {
            throw invalid(at + ".action", "an " + event.type() + " needs an action: ADD, OBSERVE or DELETE");
        }
        Instant time = EpcisTime.parse(event.eventTime()).orElseThrow(() -> invalid(at + ".eventTime",
                "must be a date-time with a time zone offset, e.g. 2005-04-03T20:33:31.116-06:00, in years 1 to 9999"));
        if (event.eventTimeZoneOffset() == null || !TIME_ZONE_OFFSET.matcher(event.eventTimeZoneOffset()).matches()) {
            throw invalid(at + ".eventTimeZoneOffset", "must be an offset from -14:00 to +14:00, e.g. -06:00");
        }
        checkKeyText(at + ".bizStep", event.bizStep());
        checkKeyText(at + ".disposition", event.disposition());
        checkKeyText(at + ".bizLocation.id", event.bizLocation());
        checkKeyText(at + ".readPoint.id", event.readPoint());
        checkKeyText(at + ".parentID", event.parentId());
        event.anyEpcs().forEach(epc -> checkKeyText(at + " EPC", epc));
        event.anyQuantities().forEach(q -> checkKeyText(at + " epcClass", q.epcClass()));
        return time;
    }

    /**
     * A value queries match (and keys may hold): not empty, not longer than {@link #MAX_KEY_TEXT}, and without the
     * characters ledger keys reserve.
     */
    private static void checkKeyText(String field, String value) {
        if (value == null) {
            return;
        }
        if (value.isEmpty()) {
            throw invalid(field, "must not be empty");
        }
        if (value.length() > MAX_KEY_TEXT) {
            throw invalid(field, "must be at most " + MAX_KEY_TEXT + " characters, not " + value.length());
        }
        if (value.indexOf('\u0000') >= 0 || value.contains("\uDBFF\uDFFF")) {
            throw invalid(field, "must not contain U+0000 or U+10FFFF " + Refusal.quoted(value));
        }
    }

    private static Refusal invalid(String field, String reason) {
        return new Refusal(ErrorCode.INVALID_EPCIS_EVENT, field + ": " + reason);
    }
}
