package dev.anchor.chaincode.domain.epcis;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What queries match of one EPCIS event: its time (an instant) and, for each {@link EpcisField}, the set of its
 * values in that field, sorted: the type; the business step and disposition as CBV bare words; the business
 * location and read point; the EPCs and EPC classes as the event writes them.
 */
public final class EpcisEventFacts {

    private final Instant time;
    private final Map<EpcisField, SortedSet<String>> values;

    private EpcisEventFacts(Instant time, Map<EpcisField, SortedSet<String>> values) {
        this.time = Objects.requireNonNull(time, "time");
        this.values = values;
    }

    /** The event's {@code eventTime}, as an instant. */
    public Instant time() {
        return time;
    }

    /** The event's values in a field, sorted; empty when it has none. */
    public SortedSet<String> values(EpcisField field) {
        return values.getOrDefault(field, Collections.emptySortedSet());
    }

    /** Collects the facts of one event; the fields it lacks are left null or empty. */
    public static Builder at(Instant time) {
        return new Builder(time);
    }

    /** Fills the facts of one event field by field. */
    public static final class Builder {
        private final Instant time;
        private final Map<EpcisField, SortedSet<String>> values = new EnumMap<>(EpcisField.class);

        private Builder(Instant time) {
            this.time = Objects.requireNonNull(time, "time");
        }

        public Builder type(String type) {
            return add(EpcisField.TYPE, type);
        }

        public Builder bizStep(String bizStep) {
            return add(EpcisField.BIZ_STEP, bizStep == null ? null : CbvVocabulary.BIZ_STEP.bareWord(bizStep));
        }

        public Builder disposition(String disposition) {
            return add(EpcisField.DISPOSITION,
                    disposition == null ? null : CbvVocabulary.DISPOSITION.bareWord(disposition));
        }

        public Builder bizLocation(String id) {
            return add(EpcisField.BIZ_LOCATION, id);
        }

        public Builder readPoint(String id) {
            return add(EpcisField.READ_POINT, id);
        }

        /** {@code epcList} and {@code childEPCs}: in both EPC fields. */
        public Builder epcs(Collection<String> epcs) {
            epcs.forEach(epc -> add(EpcisField.EPC, epc).add(EpcisField.ANY_EPC, epc));
            return this;
        }

        /** {@code inputEPCList}, {@code outputEPCList}, {@code parentID}: in the any-EPC field only. */
        public Builder otherEpcs(Collection<String> epcs) {
            epcs.forEach(epc -> add(EpcisField.ANY_EPC, epc));
            return this;
        }

        /** The classes of {@code quantityList} and {@code childQuantityList}: in both class fields. */
        public Builder epcClasses(Collection<String> classes) {
            classes.forEach(c -> add(EpcisField.EPC_CLASS, c).add(EpcisField.ANY_EPC_CLASS, c));
            return this;
        }

        /** The classes of {@code inputQuantityList} and {@code outputQuantityList}: in the any-class field only. */
        public Builder otherEpcClasses(Collection<String> classes) {
            classes.forEach(c -> add(EpcisField.ANY_EPC_CLASS, c));
            return this;
        }

        private Builder add(EpcisField field, String value) {
            if (value != null && !value.isEmpty()) {
                values.computeIfAbsent(field, any -> new TreeSet<>()).add(value);
            }
            return this;
        }

        public EpcisEventFacts build() {
            Map<EpcisField, SortedSet<String>> frozen = new EnumMap<>(EpcisField.class);
            values.forEach((field, set) -> frozen.put(field, Collections.unmodifiableSortedSet(new TreeSet<>(set))));
            return new EpcisEventFacts(time, frozen);
        }
    }
}
