package dev.anchor.server.query;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * An EPCIS 2.0 SimpleEventQuery, parsed and checked: the standard's query parameters of {@code GET /events}
 * (openapi.yaml) and of the query language (query-schema.json). Parameters AND together; the values of one
 * parameter OR together (REST: {@code |}-separated, as the binding's {@code pipeDelimited} style says, or the
 * parameter repeated).
 *
 * <p><b>Answered in SQL, on indexes</b> ({@link #columnMatches}, {@link #fieldMatches}, {@link #eventIds},
 * {@link #timeWindows}, {@link #errorDeclared}): {@code eventType}, {@code GE_/LT_eventTime},
 * {@code GE_/LT_recordTime}, {@code EQ_action}, {@code EQ_bizStep}, {@code EQ_disposition} (CBV values in any of
 * their three forms), {@code EQ_readPoint}, {@code WD_readPoint}, {@code EQ_bizLocation}, {@code WD_bizLocation}
 * (the store has no master data, so a location has no descendants: WD_ matches as EQ_), {@code EQ_eventID},
 * {@code MATCH_epc}, {@code MATCH_parentID}, {@code MATCH_inputEPC}, {@code MATCH_outputEPC},
 * {@code MATCH_anyEPC}, {@code MATCH_epcClass}, {@code MATCH_inputEPCClass}, {@code MATCH_outputEPCClass},
 * {@code MATCH_anyEPCClass} (a value ending in {@code *} is a prefix, {@link ValueMatcher}),
 * {@code EQ_bizTransaction_type}, {@code EQ_source_type}, {@code EQ_destination_type}, {@code EQ_transformationID},
 * {@code EQ_persistentDisposition_set/unset}, {@code EXISTS_errorDeclaration},
 * {@code GE_/LT_errorDeclarationTime}, {@code EQ_errorReason}, {@code EQ_correctiveEventID}.
 *
 * <p><b>Evaluated in Java</b> on the events the SQL conditions select ({@link #conditions}, {@link MemberCondition}):
 * {@code EQ_/GT_/GE_/LT_/LE_quantity} and {@code …_quantity_UOM} (the quantity of any element of the quantity
 * lists), the extension-field families {@code EQ_/GT_/GE_/LT_/LE_/EXISTS_} with {@code INNER_}, {@code ILMD_},
 * {@code ERROR_DECLARATION_}, {@code SENSORELEMENT_}, {@code SENSORMETADATA_}, {@code SENSORREPORT_}, and
 * {@code EQ_readPoint_…}, {@code EQ_bizLocation_…}; the sensor parameters {@code EXISTS_sensorElementList},
 * {@code GE_/LT_time}, {@code GE_/LT_startTime}, {@code GE_/LT_endTime}, {@code EQ_type}, {@code EQ_deviceID},
 * {@code EQ_dataProcessingMethod}, {@code EQ_microorganism}, {@code EQ_chemicalSubstance}, {@code EQ_bizRules},
 * {@code EQ_stringValue}, {@code EQ_booleanValue}, {@code EQ_hexBinaryValue}, {@code EQ_uriValue},
 * {@code GT_/GE_/LT_/LE_percRank}, and {@code EQ_value_UOM}, {@code GT_/GE_/LT_/LE_} of {@code value},
 * {@code minValue}, {@code maxValue}, {@code meanValue}, {@code sDev}, {@code percValue} with a unit.
 *
 * <p><b>Not supported</b> ({@link UnsupportedQueryException}): {@code HASATTR_…} and {@code EQ_ATTR_…} (they ask
 * about master data, which the store does not hold) and {@code orderBy} an extension field.
 *
 * <p>{@code orderBy} ({@code eventTime}, {@code recordTime}), {@code orderDirection}, {@code eventCountLimit} and
 * {@code maxEventCount} shape the answer ({@link #order}, ...). {@code perPage} and {@code nextPageToken} belong to
 * the HTTP layer: they are accepted and left out of the query.
 */
public final class EventQuery {
    private final Map<String, List<String>> parameters;
    private final List<ColumnMatch> columnMatches;
    private final List<FieldMatch> fieldMatches;
    private final List<String> eventIds;
    private final List<TimeWindow> timeWindows;
    private final boolean errorDeclared;
    private final List<EventCondition> conditions;
    private final EventOrder order;
    private final OptionalInt eventCountLimit;
    private final OptionalInt maxEventCount;

    EventQuery(Map<String, List<String>> parameters, List<ColumnMatch> columnMatches, List<FieldMatch> fieldMatches,
               List<String> eventIds, List<TimeWindow> timeWindows, boolean errorDeclared,
               List<EventCondition> conditions, EventOrder order, OptionalInt eventCountLimit,
               OptionalInt maxEventCount) {
        this.parameters = parameters;
        this.columnMatches = List.copyOf(columnMatches);
        this.fieldMatches = List.copyOf(fieldMatches);
        this.eventIds = List.copyOf(eventIds);
        this.timeWindows = List.copyOf(timeWindows);
        this.errorDeclared = errorDeclared;
        this.conditions = List.copyOf(conditions);
        this.order = Objects.requireNonNull(order, "order");
        this.eventCountLimit = eventCountLimit;
        this.maxEventCount = maxEventCount;
    }

    /**
     * Parses and checks the query parameters of {@code GET /events}.
     *
     * @param raw each parameter with its values as the request gave them (a value may hold several, {@code |}-separated)
     * @throws InvalidQueryException     for an unknown parameter or a bad value, naming the parameter
     * @throws UnsupportedQueryException for a parameter of the standard that this server does not implement
     */
    public static EventQuery parse(Map<String, List<String>> raw) {
        return EventQueryParser.parse(raw);
    }

    /** The query that matches every event, in the default order. */
    public static EventQuery all() {
        return parse(Map.of());
    }

    /**
     * Parses the {@code query} of a named query's definition (query-schema.json): each member a parameter, its value
     * an array of values or a single value ({@code null} for the EXISTS_ parameters).
     *
     * @throws InvalidQueryException for a definition that is not a JSON object, and as {@link #parse}
     */
    public static EventQuery fromJson(JsonNode query) {
        if (query == null || !query.isObject()) {
            throw new InvalidQueryException("query", "must be a JSON object of query parameters");
        }
        Map<String, List<String>> raw = new LinkedHashMap<>();
        query.fields().forEachRemaining(field -> {
            List<String> values = new ArrayList<>();
            JsonNode value = field.getValue();
            if (value.isArray()) {
                value.forEach(element -> values.add(element.asText()));
            } else if (value.isNull()) {
                values.add("");
            } else if (value.isValueNode()) {
                values.add(value.asText());
            } else {
                throw new InvalidQueryException(field.getKey(), "must be a value or an array of values");
            }
            if (!field.getKey().startsWith("@")) {
                raw.put(field.getKey(), values);
            }
        });
        return parse(raw);
    }

    /** @return the query's parameters, by name, each with its values (one value per OR'ed alternative) */
    public Map<String, List<String>> parameters() {
        return parameters;
    }

    /** @return the conditions on single-valued indexed fields (SQL) */
    public List<ColumnMatch> columnMatches() {
        return columnMatches;
    }

    /** @return the conditions on multi-valued indexed fields (SQL) */
    public List<FieldMatch> fieldMatches() {
        return fieldMatches;
    }

    /**
     * @return the values of {@code EQ_eventID} (SQL): an event matches by the hash it is stored under or by the
     * {@code eventID} it carries; empty when the query does not ask
     */
    public List<String> eventIds() {
        return eventIds;
    }

    /** @return the windows on event time, record time and error declaration time (SQL) */
    public List<TimeWindow> timeWindows() {
        return timeWindows;
    }

    /** @return whether only events with an error declaration match ({@code EXISTS_errorDeclaration}, SQL) */
    public boolean errorDeclared() {
        return errorDeclared;
    }

    /** @return the conditions evaluated in Java on the events the SQL conditions select */
    public List<EventCondition> conditions() {
        return conditions;
    }

    public EventOrder order() {
        return order;
    }

    /** @return at most this many events in the whole answer (across pages), the first in the query's order */
    public OptionalInt eventCountLimit() {
        return eventCountLimit;
    }

    /** @return when more events than this match, the query fails ({@link QueryTooLargeException}) */
    public OptionalInt maxEventCount() {
        return maxEventCount;
    }

    /** @return a digest of the query's parameters: equal for equal queries, whatever order they were written in */
    public String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(parameters.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EventQuery query && query.parameters.equals(parameters);
    }

    @Override
    public int hashCode() {
        return parameters.hashCode();
    }

    @Override
    public String toString() {
        return "EventQuery" + parameters;
    }
}
