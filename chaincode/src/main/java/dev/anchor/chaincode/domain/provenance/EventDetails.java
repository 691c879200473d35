package dev.anchor.chaincode.domain.provenance;

import dev.anchor.chaincode.domain.shared.BatchId;
import dev.anchor.chaincode.domain.shared.Gtin;
import dev.anchor.chaincode.domain.shared.Quantity;
import dev.anchor.chaincode.domain.shared.Sha256;
import dev.anchor.chaincode.domain.shared.Sscc;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The type-specific facts of a provenance event, by name, in name order. A value is either text
 * ({@link String}) or a decimal number ({@link BigDecimal}).
 */
public final class EventDetails {

    private final SortedMap<String, Object> entries;

    private EventDetails(SortedMap<String, Object> entries) {
        this.entries = Collections.unmodifiableSortedMap(entries);
    }

    /** Details read back from the ledger; each value must be text or a decimal. */
    public static EventDetails of(Map<String, ?> entries) {
        SortedMap<String, Object> copy = new TreeMap<>();
        entries.forEach((name, value) -> {
            Objects.requireNonNull(name, "detail name");
            if (value instanceof BigDecimal decimal) {
                copy.put(name, decimal.stripTrailingZeros());
            } else if (value instanceof String text) {
                copy.put(name, text);
            } else {
                throw new IllegalArgumentException("detail " + name + " must be text or a decimal");
            }
        });
        return new EventDetails(copy);
    }

    public static EventDetails production(Gtin gtin, String productName, Quantity quantity, String unit, String site) {
        SortedMap<String, Object> details = new TreeMap<>();
        details.put("gtin", gtin.value());
        details.put("productName", productName);
        details.put("quantity", quantity.value());
        details.put("unit", unit);
        details.put("site", site);
        return new EventDetails(details);
    }

    public static EventDetails handoff(String from, String to) {
        SortedMap<String, Object> details = new TreeMap<>();
        details.put("from", from);
        details.put("to", to);
        return new EventDetails(details);
    }

    public static EventDetails rejection(String from, String to, String reason) {
        SortedMap<String, Object> details = new TreeMap<>();
        details.put("from", from);
        details.put("to", to);
        details.put("reason", reason);
        return new EventDetails(details);
    }

    /** Packing into or unpacking from a logistic unit. */
    public static EventDetails unit(Sscc sscc) {
        SortedMap<String, Object> details = new TreeMap<>();
        details.put("sscc", sscc.value());
        return new EventDetails(details);
    }

    /** The same details, naming the logistic unit the event happened to as a whole. */
    public EventDetails inUnit(Sscc sscc) {
        SortedMap<String, Object> details = new TreeMap<>(entries);
        details.put("sscc", sscc.value());
        return new EventDetails(details);
    }

    public static EventDetails consumption(BatchId output, Quantity consumed, BigDecimal remaining, String unit) {
        SortedMap<String, Object> details = new TreeMap<>();
        details.put("output", output.value());
        details.put("quantity", consumed.value());
        details.put("remaining", remaining.stripTrailingZeros());
        details.put("unit", unit);
        return new EventDetails(details);
    }

    /** A production from inputs: the production's facts and {@code inputs}, e.g. {@code PEAR-1:600,PEAR-2:400}. */
    public static EventDetails transformation(EventDetails production, String inputs) {
        SortedMap<String, Object> details = new TreeMap<>(production.entries);
        details.put("inputs", inputs);
        return new EventDetails(details);
    }

    public static EventDetails recall(BatchId recallOf, String reason) {
        SortedMap<String, Object> details = new TreeMap<>();
        details.put("recallOf", recallOf.value());
        details.put("reason", reason);
        return new EventDetails(details);
    }

    public static EventDetails recallAcknowledgement(BatchId recallOf) {
        SortedMap<String, Object> details = new TreeMap<>();
        details.put("recallOf", recallOf.value());
        return new EventDetails(details);
    }

    /** The details of an attached document; {@code uri} null: the document has no locator. */
    public static EventDetails evidence(Sha256 sha256, String mediaType, long size, String uri) {
        SortedMap<String, Object> details = new TreeMap<>();
        details.put("mediaType", mediaType);
        details.put("sha256", sha256.value());
        details.put("size", new BigDecimal(size));
        if (uri != null) {
            details.put("uri", uri);
        }
        return new EventDetails(details);
    }

    /** Read-only view, sorted by name. */
    public SortedMap<String, Object> asMap() {
        return entries;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EventDetails that && entries.equals(that.entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return entries.toString();
    }
}
