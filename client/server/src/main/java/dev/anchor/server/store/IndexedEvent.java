package dev.anchor.server.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchor.client.epcis.CommittedEpcisEvent;
import dev.anchor.server.query.CbvTerm;
import dev.anchor.server.query.IndexedField;
import dev.anchor.server.query.Vocabulary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the store keeps of one committed event: the record's parts, and the values its columns and index rows hold
 * (business step and disposition as CBV bare words; EPCs and classes as the event writes them). Times are kept to
 * the microsecond, which both databases hold exactly. A value longer than {@link #MAX_VALUE} characters is not
 * indexed (logged): no index holds it.
 */
record IndexedEvent(CommittedEpcisEvent committed, ObjectNode event, JsonNode context, Instant eventTime,
                    String eventTimeText, Instant recordTime, String capturedBy, String type, String action,
                    String bizStep, String disposition, String bizLocation, String readPoint,
                    Instant errorDeclarationTime, Set<Map.Entry<String, String>> values,
                    Set<Map.Entry<Vocabulary, String>> vocabulary) {

    static final int MAX_VALUE = 1000;
    static final int MAX_KIND = 200;
    private static final Logger LOG = LoggerFactory.getLogger(IndexedEvent.class);

    static IndexedEvent of(CommittedEpcisEvent committed) {
        ObjectNode record = committed.record();
        JsonNode eventNode = record.get("event");
        if (eventNode == null || !eventNode.isObject()) {
            throw new IllegalArgumentException("the record of event " + committed.eventId() + " has no event object");
        }
        ObjectNode event = (ObjectNode) eventNode;
        Instant recordTime = time(record.path("capturedAt").asText(null));
        if (recordTime == null) {
            throw new IllegalArgumentException("the record of event " + committed.eventId() + " has no capturedAt time");
        }
        String eventTimeText = event.path("eventTime").asText("");
        Instant eventTime = time(eventTimeText);
        if (eventTime == null) {
            LOG.warn("event {} has no readable eventTime ('{}'): stored at its record time", committed.eventId(),
                    eventTimeText);
            eventTime = recordTime;
        }
        Builder values = new Builder(committed.eventId());
        values.strings(IndexedField.EPC.kind(), event.get("epcList"));
        values.strings(IndexedField.EPC.kind(), event.get("childEPCs"));
        values.add(IndexedField.PARENT_ID.kind(), text(event.get("parentID")));
        values.strings(IndexedField.INPUT_EPC.kind(), event.get("inputEPCList"));
        values.strings(IndexedField.OUTPUT_EPC.kind(), event.get("outputEPCList"));
        values.classes(IndexedField.EPC_CLASS.kind(), event.get("quantityList"));
        values.classes(IndexedField.EPC_CLASS.kind(), event.get("childQuantityList"));
        values.classes(IndexedField.INPUT_EPC_CLASS.kind(), event.get("inputQuantityList"));
        values.classes(IndexedField.OUTPUT_EPC_CLASS.kind(), event.get("outputQuantityList"));
        values.add(IndexedField.EVENT_ID.kind(), text(event.get("eventID")));
        values.add(IndexedField.TRANSFORMATION_ID.kind(), text(event.get("transformationID")));
        JsonNode persistent = event.path("persistentDisposition");
        for (JsonNode set : persistent.path("set")) {
            values.add(IndexedField.PERSISTENT_DISPOSITION_SET.kind(), CbvTerm.DISPOSITION.bareWord(text(set)));
        }
        for (JsonNode unset : persistent.path("unset")) {
            values.add(IndexedField.PERSISTENT_DISPOSITION_UNSET.kind(), CbvTerm.DISPOSITION.bareWord(text(unset)));
        }
        JsonNode error = event.path("errorDeclaration");
        values.add(IndexedField.ERROR_REASON.kind(), CbvTerm.ERROR_REASON.bareWord(text(error.get("reason"))));
        values.strings(IndexedField.CORRECTIVE_EVENT_ID.kind(), error.get("correctiveEventIDs"));
        values.typed(IndexedField.BIZ_TRANSACTION, CbvTerm.BIZ_TRANSACTION_TYPE, event.get("bizTransactionList"),
                "bizTransaction");
        values.typed(IndexedField.SOURCE, CbvTerm.SOURCE_DESTINATION_TYPE, event.get("sourceList"), "source");
        values.typed(IndexedField.DESTINATION, CbvTerm.SOURCE_DESTINATION_TYPE, event.get("destinationList"),
                "destination");

        String type = text(event.get("type"));
        String bizStep = values.indexable("bizStep", CbvTerm.BIZ_STEP.bareWord(text(event.get("bizStep"))));
        String disposition = values.indexable("disposition",
                CbvTerm.DISPOSITION.bareWord(text(event.get("disposition"))));
        String bizLocation = values.indexable("bizLocation", text(event.path("bizLocation").get("id")));
        String readPoint = values.indexable("readPoint", text(event.path("readPoint").get("id")));

        Set<Map.Entry<Vocabulary, String>> vocabulary = new LinkedHashSet<>();
        addVocabulary(vocabulary, Vocabulary.EVENT_TYPES, type);
        addVocabulary(vocabulary, Vocabulary.BIZ_STEPS, bizStep);
        addVocabulary(vocabulary, Vocabulary.DISPOSITIONS, disposition);
        addVocabulary(vocabulary, Vocabulary.BIZ_LOCATIONS, bizLocation);
        addVocabulary(vocabulary, Vocabulary.READ_POINTS, readPoint);
        List<String> epcKinds = List.of(IndexedField.EPC.kind(), IndexedField.PARENT_ID.kind(),
                IndexedField.INPUT_EPC.kind(), IndexedField.OUTPUT_EPC.kind());
        values.entries.stream().filter(entry -> epcKinds.contains(entry.getKey()))
                .forEach(entry -> addVocabulary(vocabulary, Vocabulary.EPCS, entry.getValue()));

        JsonNode context = record.get("context");
        return new IndexedEvent(committed, event, context, eventTime, eventTimeText, recordTime,
                record.path("capturedBy").asText(""), type == null ? "" : type, text(event.get("action")), bizStep,
                disposition, bizLocation, readPoint, time(text(error.get("declarationTime"))), values.entries,
                vocabulary);
    }

    private static void addVocabulary(Set<Map.Entry<Vocabulary, String>> vocabulary, Vocabulary kind, String value) {
        if (value != null && !value.isEmpty()) {
            vocabulary.add(Map.entry(kind, value));
        }
    }

    /** An instant from an ISO-8601 date-time with an offset, to the microsecond; null when there is none. */
    static Instant time(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant()
                    .truncatedTo(ChronoUnit.MICROS);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String text(JsonNode node) {
        return node != null && node.isValueNode() && !node.isNull() ? node.asText() : null;
    }

    /** Collects the (kind, value) rows of one event, each once. */
    private static final class Builder {
        private final String eventId;
        private final Set<Map.Entry<String, String>> entries = new LinkedHashSet<>();

        Builder(String eventId) {
            this.eventId = eventId;
        }

        void add(String kind, String value) {
            String indexable = indexable(kind, value);
            if (kind.length() > MAX_KIND) {
                LOG.warn("event {}: a {} type longer than {} characters, not indexed", eventId, kind, MAX_KIND);
                return;
            }
            if (indexable != null && !indexable.isEmpty()) {
                entries.add(Map.entry(kind, indexable));
            }
        }

        void strings(String kind, JsonNode list) {
            if (list != null && list.isArray()) {
                list.forEach(element -> add(kind, text(element)));
            }
        }

        void classes(String kind, JsonNode quantities) {
            if (quantities != null && quantities.isArray()) {
                quantities.forEach(element -> add(kind, text(element.get("epcClass"))));
            }
        }

        void typed(IndexedField field, CbvTerm types, JsonNode list, String member) {
            if (list != null && list.isArray()) {
                list.forEach(element -> {
                    String type = types.bareWord(text(element.get("type")));
                    if (type != null) {
                        add(field.kind(type), text(element.get(member)));
                    }
                });
            }
        }

        String indexable(String what, String value) {
            if (value != null && value.length() > MAX_VALUE) {
                LOG.warn("event {}: its {} of {} characters is longer than the store indexes ({}), not indexed",
                        eventId, what, value.length(), MAX_VALUE);
                return null;
            }
            return value;
        }
    }
}
