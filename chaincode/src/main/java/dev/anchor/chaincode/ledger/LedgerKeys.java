package dev.anchor.chaincode.ledger;

import dev.anchor.chaincode.domain.benchmark.BenchmarkKey;
import dev.anchor.chaincode.domain.epcis.EpcisTime;
import dev.anchor.chaincode.domain.request.RequestId;
import dev.anchor.chaincode.domain.shared.BatchId;
import dev.anchor.chaincode.domain.shared.Sha256;
import dev.anchor.chaincode.domain.shared.Sscc;
import java.time.Instant;
import java.util.List;
import org.hyperledger.fabric.shim.ledger.CompositeKey;

/**
 * Names every world-state key Anchor uses (data-model.md, "Keys"):
 * {@code batch}+batchId for a batch, {@code event}+batchId+seq (10 digits, zero-padded) for an event,
 * {@code benchmark}+key for the benchmark floor's measurement writes, {@code unit}+SSCC for a logistic
 * unit, and two indexes whose entries point at a batch or unit: {@code holding}+mspId+kind+id (what
 * an organisation holds) and {@code inbox}+mspId+kind+id (the handoffs waiting for it), kind being
 * {@code batch} or {@code unit};
 * the batch graph's two indexes, {@code input}+output+input (what a batch was made from) and
 * {@code output}+input+output (what was made from it); {@code evidence}+batchId+sha256 for an attached document;
 * {@code request}+mspId+requestId for the first committed transaction of a client's request id;
 * {@code epcis}+eventId for a captured EPCIS event's record, {@code epcis-batch}+batchId+time+eventId for its
 * link to a batch, time in {@link EpcisTime#keyForm}; {@code member}+mspId for an admitted member and
 * {@code admission}+mspId for the approvals of its admission. (Ledgers written by earlier versions also hold EPCIS query
 * index entries, {@code epcis-time}, {@code epcis-type} and others; nothing reads them any more.)
 */
public final class LedgerKeys {

    static final String BATCH = "batch";
    static final String EVENT = "event";
    static final String BENCHMARK = "benchmark";
    static final String UNIT = "unit";
    static final String HOLDING = "holding";
    static final String INBOX = "inbox";
    /** The kind component of an index entry naming a batch. */
    static final String KIND_BATCH = "batch";
    /** The kind component of an index entry naming a logistic unit. */
    static final String KIND_UNIT = "unit";
    static final String INPUT = "input";
    static final String OUTPUT = "output";
    static final String EVIDENCE = "evidence";
    static final String REQUEST = "request";
    static final String EPCIS = "epcis";
    static final String EPCIS_BATCH = "epcis-batch";
    static final String TERMS = "terms";
    static final String MEMBER = "member";
    static final String ADMISSION = "admission";
    private static final long MAX_SEQ = 9_999_999_999L;
    /** What separates the segments of Fabric's composite key, and begins it. */
    private static final char DELIMITER = '\u0000';
    /** U+10FFFF, which Fabric keeps for the end of a partial key's range: no segment may hold it. */
    private static final String MAX_UNICODE_RUNE = new String(Character.toChars(Character.MAX_CODE_POINT));

    private LedgerKeys() {
    }

    /** The key of an admitted member (founding members are built in, not kept). */
    public static String member(String mspId) {
        return key(MEMBER, mspId);
    }

    /** The partial key whose range holds every admitted member. */
    public static CompositeKey members() {
        return new CompositeKey(MEMBER);
    }

    /** The key of the approvals of an organisation's admission. */
    public static String admission(String mspId) {
        return key(ADMISSION, mspId);
    }

    /** The key of the terms of a handoff of a batch or unit, public declaration and private copy alike. */
    public static String terms(String id, String fromMspId, String toMspId) {
        return key(TERMS, id, fromMspId, toMspId);
    }

    /** The partial key of every terms declaration of a batch or unit. */
    public static CompositeKey termsOf(String id) {
        return new CompositeKey(TERMS, id);
    }

    /** The key of a batch's current state. */
    public static String batch(BatchId batchId) {
        return key(BATCH, batchId.value());
    }

    /** The key of one provenance event; zero padding keeps the events of a batch in seq order. */
    public static String event(BatchId batchId, long seq) {
        if (seq < 1 || seq > MAX_SEQ) {
            throw new IllegalArgumentException("seq must be between 1 and " + MAX_SEQ);
        }
        return key(EVENT, batchId.value(), zeroPadded(seq));
    }

    /** The partial key whose range holds exactly the events of one batch. */
    public static CompositeKey eventsOf(BatchId batchId) {
        return new CompositeKey(EVENT, batchId.value());
    }

    /** The key a benchmark floor transaction writes; apart from every batch and event key. */
    public static String benchmarkFloor(BenchmarkKey key) {
        return key(BENCHMARK, key.value());
    }

    /** The key of a logistic unit's current state. */
    public static String unit(Sscc sscc) {
        return key(UNIT, sscc.value());
    }

    /** The index entry saying that {@code mspId} holds the batch or unit {@code kind}+{@code id}. */
    public static String holding(String mspId, String kind, String id) {
        return key(HOLDING, mspId, kind, id);
    }

    /** The partial key whose range holds exactly what {@code mspId} holds, batches before units. */
    public static CompositeKey holdingsOf(String mspId) {
        return new CompositeKey(HOLDING, mspId);
    }

    /** The index entry saying that a handoff of {@code kind}+{@code id} waits for {@code mspId}. */
    public static String inbox(String mspId, String kind, String id) {
        return key(INBOX, mspId, kind, id);
    }

    /** The partial key whose range holds exactly the handoffs waiting for {@code mspId}. */
    public static CompositeKey inboxOf(String mspId) {
        return new CompositeKey(INBOX, mspId);
    }

    /** What an index entry ({@link #holding} or {@link #inbox}) points at. */
    public record IndexEntry(String kind, String id) {
    }

    /** Reads an index entry's key back into the kind and id it points at. */
    public static IndexEntry indexEntry(String key) {
        List<String> attributes = CompositeKey.parseCompositeKey(key).getAttributes();
        if (attributes.size() != 3) {
            throw new IllegalStateException("not an index entry: " + key);
        }
        return new IndexEntry(attributes.get(1), attributes.get(2));
    }

    /** The key of a link under its output: {@code input}+output+input. */
    public static String inputLink(BatchId output, BatchId input) {
        return key(INPUT, output.value(), input.value());
    }

    /** The partial key whose range holds exactly the links to the inputs of {@code output}. */
    public static CompositeKey inputsOf(BatchId output) {
        return new CompositeKey(INPUT, output.value());
    }

    /** The key of a link under its input: {@code output}+input+output. */
    public static String outputLink(BatchId input, BatchId output) {
        return key(OUTPUT, input.value(), output.value());
    }

    /** The partial key whose range holds exactly the links to the outputs of {@code input}. */
    public static CompositeKey outputsOf(BatchId input) {
        return new CompositeKey(OUTPUT, input.value());
    }

    /** The key of the record of a document attached to a batch. */
    public static String evidence(BatchId batchId, Sha256 sha256) {
        return key(EVIDENCE, batchId.value(), sha256.value());
    }

    /**
     * The key of the first committed transaction that carried {@code requestId} for {@code mspId}; under the
     * caller's own MSP ID, so no organisation can take another's request ids.
     */
    public static String request(String mspId, RequestId requestId) {
        return key(REQUEST, mspId, requestId.value());
    }

    /** The key of a captured EPCIS event's record: {@code epcis}+eventId. */
    public static String epcisEvent(String eventId) {
        return key(EPCIS, eventId);
    }

    /** The partial key whose range holds every captured EPCIS event's record, in event id order, and nothing else. */
    public static CompositeKey epcisEvents() {
        return new CompositeKey(EPCIS);
    }

    /** The key of a captured event's link to a batch it names: {@code epcis-batch}+batchId+time+eventId. */
    public static String epcisBatchLink(BatchId batchId, Instant time, String eventId) {
        return key(EPCIS_BATCH, batchId.value(), EpcisTime.keyForm(time), eventId);
    }

    /** The partial key whose range holds the links of the events linked to a batch, in time order. */
    public static CompositeKey epcisEventsOfBatch(BatchId batchId) {
        return new CompositeKey(EPCIS_BATCH, batchId.value());
    }

    /** The event id a batch link's key names. */
    public static String epcisLinkedEvent(String batchLinkKey) {
        List<String> attributes = CompositeKey.parseCompositeKey(batchLinkKey).getAttributes();
        if (attributes.size() != 3) {
            throw new IllegalStateException("not an EPCIS batch link: " + batchLinkKey);
        }
        return attributes.get(2);
    }

    /**
     * Fabric's composite key, exactly as {@code new CompositeKey(objectType, attributes).toString()} makes it:
     * {@code U+0000 objectType U+0000 (attribute U+0000)*}. The shim compiles a regular expression for every segment
     * it checks, a seventh of the chaincode's time in a bulk recording; here a segment is searched for the two
     * characters it may not hold, and a segment that holds one (or is missing) goes to the shim, which refuses it as
     * it always has.
     */
    static String key(String objectType, String... attributes) {
        StringBuilder key = new StringBuilder(96).append(DELIMITER);
        if (!appendSegment(key, objectType)) {
            return new CompositeKey(objectType, attributes).toString();
        }
        for (String attribute : attributes) {
            if (!appendSegment(key, attribute)) {
                return new CompositeKey(objectType, attributes).toString();
            }
        }
        return key.toString();
    }

    private static boolean appendSegment(StringBuilder key, String segment) {
        if (segment == null || segment.indexOf(DELIMITER) >= 0 || segment.contains(MAX_UNICODE_RUNE)) {
            return false;
        }
        key.append(segment).append(DELIMITER);
        return true;
    }

    /** {@code seq} in 10 digits, zero-padded (it is between 1 and {@link #MAX_SEQ}). */
    private static String zeroPadded(long seq) {
        String digits = Long.toString(seq);
        return "0".repeat(10 - digits.length()) + digits;
    }
}
