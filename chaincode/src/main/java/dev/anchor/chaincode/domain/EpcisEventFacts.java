package dev.anchor.chaincode.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What the indexes and the query read of one EPCIS event: its time (an instant) and, for each value index
 * ({@link EpcisIndexName}, all but {@code TIME} and {@code BATCH}), the set of its values in that index,
 * sorted: the type; the business step and disposition as CBV bare words; the business location and read
 * point; the EPCs and EPC classes as the event writes them.
 */
public final class EpcisEventFacts {

    private final Instant time;
    private final Map<EpcisIndexName, SortedSet<String>> values;

    private EpcisEventFacts(Instant time, Map<EpcisIndexName, SortedSet<String>> values) {
        this.time = Objects.requireNonNull(time, "time");
        this.values = values;
    }

    /** The event's {@code eventTime}, as an instant. */
    public Instant time() {
        return time;
    }

    /** The event's values in a value index, sorted; empty when it has none (and for TIME and BATCH). */
    public SortedSet<String> values(EpcisIndexName index) {
        return values.getOrDefault(index, Collections.emptySortedSet());
    }

    /** Collects the facts of one event; the fields it lacks are left null or empty. */
    public static Builder at(Instant time) {
        return new Builder(time);
    }

    /** Fills the facts of one event field by field. */
    public static final class Builder {
        private final Instant time;
        private final Map<EpcisIndexName, SortedSet<String>> values = new EnumMap<>(EpcisIndexName.class);

        private Builder(Instant time) {
            this.time = Objects.requireNonNull(time, "time");
        }

        public Builder type(String type) {
            return add(EpcisIndexName.TYPE, type);
        }

        public Builder bizStep(String bizStep) {
            return add(EpcisIndexName.BIZ_STEP, bizStep == null ? null : CbvVocabulary.BIZ_STEP.bareWord(bizStep));
        }

        public Builder disposition(String disposition) {
            return add(EpcisIndexName.DISPOSITION,
                    disposition == null ? null : CbvVocabulary.DISPOSITION.bareWord(disposition));
        }

        public Builder bizLocation(String id) {
            return add(EpcisIndexName.BIZ_LOCATION, id);
        }

        public Builder readPoint(String id) {
            return add(EpcisIndexName.READ_POINT, id);
        }

        /** {@code epcList} and {@code childEPCs}: in both EPC indexes. */
        public Builder epcs(Collection<String> epcs) {
            epcs.forEach(epc -> add(EpcisIndexName.EPC, epc).add(EpcisIndexName.ANY_EPC, epc));
            return this;
        }

        /** {@code inputEPCList}, {@code outputEPCList}, {@code parentID}: in the any-EPC index only. */
        public Builder otherEpcs(Collection<String> epcs) {
            epcs.forEach(epc -> add(EpcisIndexName.ANY_EPC, epc));
            return this;
        }

        /** The classes of {@code quantityList} and {@code childQuantityList}: in both class indexes. */
        public Builder epcClasses(Collection<String> classes) {
            classes.forEach(c -> add(EpcisIndexName.EPC_CLASS, c).add(EpcisIndexName.ANY_EPC_CLASS, c));
            return this;
        }

        /** The classes of {@code inputQuantityList} and {@code outputQuantityList}: in the any-class index only. */
        public Builder otherEpcClasses(Collection<String> classes) {
            classes.forEach(c -> add(EpcisIndexName.ANY_EPC_CLASS, c));
            return this;
        }

        private Builder add(EpcisIndexName index, String value) {
            if (value != null && !value.isEmpty()) {
                values.computeIfAbsent(index, any -> new TreeSet<>()).add(value);
            }
            return this;
        }

        public EpcisEventFacts build() {
            Map<EpcisIndexName, SortedSet<String>> frozen = new EnumMap<>(EpcisIndexName.class);
            values.forEach((index, set) -> frozen.put(index, Collections.unmodifiableSortedSet(new TreeSet<>(set))));
            return new EpcisEventFacts(time, frozen);
        }
    }
}
