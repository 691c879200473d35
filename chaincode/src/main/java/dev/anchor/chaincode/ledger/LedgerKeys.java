package dev.anchor.chaincode.ledger;

import dev.anchor.chaincode.domain.BatchId;
import dev.anchor.chaincode.domain.BenchmarkKey;
import dev.anchor.chaincode.domain.Sscc;
import java.util.List;
import java.util.Locale;
import org.hyperledger.fabric.shim.ledger.CompositeKey;

/**
 * Names every world-state key Anchor uses (data-model.md, "Keys"):
 * {@code batch}+batchId for a batch, {@code event}+batchId+seq (10 digits, zero-padded) for an event,
 * {@code benchmark}+key for the benchmark floor's measurement writes, {@code unit}+SSCC for a logistic
 * unit, and two indexes whose entries point at a batch or unit: {@code holding}+mspId+kind+id (what
 * an organisation holds) and {@code inbox}+mspId+kind+id (the handoffs waiting for it), kind being
 * {@code batch} or {@code unit}.
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
    private static final long MAX_SEQ = 9_999_999_999L;

    private LedgerKeys() {
    }

    /** The key of a batch's current state. */
    public static String batch(BatchId batchId) {
        return new CompositeKey(BATCH, batchId.value()).toString();
    }

    /** The key of one provenance event; zero padding keeps the events of a batch in seq order. */
    public static String event(BatchId batchId, long seq) {
        if (seq < 1 || seq > MAX_SEQ) {
            throw new IllegalArgumentException("seq must be between 1 and " + MAX_SEQ);
        }
        return new CompositeKey(EVENT, batchId.value(), String.format(Locale.ROOT, "%010d", seq)).toString();
    }

    /** The partial key whose range holds exactly the events of one batch. */
    public static CompositeKey eventsOf(BatchId batchId) {
        return new CompositeKey(EVENT, batchId.value());
    }

    /** The key a benchmark floor transaction writes; apart from every batch and event key. */
    public static String benchmarkFloor(BenchmarkKey key) {
        return new CompositeKey(BENCHMARK, key.value()).toString();
    }

    /** The key of a logistic unit's current state. */
    public static String unit(Sscc sscc) {
        return new CompositeKey(UNIT, sscc.value()).toString();
    }

    /** The index entry saying that {@code mspId} holds the batch or unit {@code kind}+{@code id}. */
    public static String holding(String mspId, String kind, String id) {
        return new CompositeKey(HOLDING, mspId, kind, id).toString();
    }

    /** The partial key whose range holds exactly what {@code mspId} holds, batches before units. */
    public static CompositeKey holdingsOf(String mspId) {
        return new CompositeKey(HOLDING, mspId);
    }

    /** The index entry saying that a handoff of {@code kind}+{@code id} waits for {@code mspId}. */
    public static String inbox(String mspId, String kind, String id) {
        return new CompositeKey(INBOX, mspId, kind, id).toString();
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
}
