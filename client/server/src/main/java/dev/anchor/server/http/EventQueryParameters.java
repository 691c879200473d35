package dev.anchor.server.http;

import dev.anchor.server.query.EventQuery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The EPCIS query parameters of {@code GET /events} as the REST binding passes them in the query string: which names
 * exist, and how values are written (pipe-delimited, {@code EQ_bizStep=shipping|receiving}, or the parameter
 * repeated; either way the values OR together). What a parameter means and which values it takes is the query
 * model's concern ({@link EventQuery}); here only the names are checked.
 */
final class EventQueryParameters {
    /** The parameters with fixed names of {@code GET /events} in openapi.yaml, and those query-schema.json adds. */
    private static final Set<String> FIXED = Set.of("eventType", "GE_eventTime", "LT_eventTime", "GE_recordTime",
            "LT_recordTime", "EQ_action", "EQ_bizStep", "EQ_disposition", "EQ_persistentDisposition_set",
            "EQ_persistentDisposition_unset", "EQ_readPoint", "WD_readPoint", "EQ_bizLocation", "WD_bizLocation",
            "EQ_transformationID", "MATCH_epc", "MATCH_parentID", "MATCH_inputEPC", "MATCH_outputEPC",
            "MATCH_anyEPC", "MATCH_epcClass", "MATCH_inputEPCClass", "MATCH_outputEPCClass", "MATCH_anyEPCClass",
            "EQ_quantity", "GT_quantity", "GE_quantity", "LT_quantity", "LE_quantity", "EQ_eventID",
            "EXISTS_errorDeclaration", "GE_errorDeclarationTime", "LT_errorDeclarationTime", "EQ_errorReason",
            "EQ_correctiveEventID", "orderBy", "orderDirection", "eventCountLimit", "maxEventCount", "GE_startTime",
            "LT_startTime", "GE_endTime", "LT_endTime", "EQ_type", "EQ_deviceID", "EQ_dataProcessingMethod",
            "EQ_microorganism", "EQ_chemicalSubstance", "EQ_bizRules", "EQ_stringValue", "EQ_hexBinaryValue",
            "EQ_uriValue", "EQ_booleanValue",
            // query-schema.json only
            "GE_errorDeclaration_Time", "LT_errorDeclaration_Time", "EXISTS_sensorElementList", "GE_time", "LT_time",
            "GE_percRank", "LT_percRank", "GT_percRank", "LE_percRank");

    /**
     * The parameters with flexible names, the families of query-schema.json's {@code patternProperties} (whose
     * {@code \\:} GS1 escaped twice; it means a colon): an extension field is {@code prefix:name}, a measurement or
     * quantity carries its UN/ECE unit, a business transaction, source or destination its CBV type.
     */
    private static final List<Pattern> FLEXIBLE = Arrays.stream(new String[] {
        "(EQ|GT|GE|LT|LE|EXISTS)_(INNER_)?(ILMD_|ERROR_DECLARATION_|SENSORELEMENT_|SENSORMETADATA_|SENSORREPORT_)?"
                + "[a-z][a-zA-Z0-9]*:\\w+",
        "HASATTR_[a-z][a-zA-Z0-9]*:\\w+",
        "EQ_?ATTR_\\w+_\\w+",
        "EQ_(bizTransaction|source|destination)_[a-z][a-zA-Z0-9_]+",
        "(EQ|GT|GE|LT|LE)_(value|minValue|maxValue|meanValue|sDev|percValue|quantity)_[A-Z0-9]{2,4}",
        "EQ_(INNER_)?(readPoint|bizLocation)_[a-z][a-zA-Z0-9]*:\\w+",
    }).map(Pattern::compile).toList();

    private EventQueryParameters() {
    }

    /** @return whether the name is an EPCIS query parameter of {@code GET /events} */
    static boolean isQueryParameter(String name) {
        return FIXED.contains(name) || FLEXIBLE.stream().anyMatch(p -> p.matcher(name).matches());
    }

    /**
     * The EPCIS query of a request's query string, without the paging parameters.
     *
     * @param query  the query string's parameters (decoded)
     * @param paging the names that are paging, not query ({@code perPage}, {@code nextPageToken})
     * @throws EpcisHttpException 400 QueryParameterException naming a parameter that is no EPCIS query parameter
     */
    static EventQuery fromQueryString(Map<String, List<String>> query, Set<String> paging) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        query.forEach((name, values) -> {
            if (paging.contains(name)) {
                return;
            }
            if (!isQueryParameter(name)) {
                throw new EpcisHttpException(EpcisExceptionType.QUERY_PARAMETER, "unknown query parameter \"" + name
                        + "\": not an EPCIS 2.0 query parameter (openapi.yaml, GET /events; query-schema.json)");
            }
            List<String> split = new ArrayList<>();
            for (String value : values) {
                split.addAll(Arrays.asList(value.split("\\|", -1)));
            }
            parameters.put(name, split);
        });
        return EventQuery.parse(parameters);
    }

    /**
     * Adds the filter a path implies ({@code /bizSteps/shipping/events}: {@code EQ_bizStep=shipping}).
     *
     * @throws EpcisHttpException 400 QueryParameterException when the query string sets the same parameter
     */
    static EventQuery with(EventQuery query, String parameter, String value) {
        if (query.parameters().containsKey(parameter)) {
            throw new EpcisHttpException(EpcisExceptionType.QUERY_PARAMETER, "query parameter " + parameter
                    + " is set by the path already (" + value + "); drop it from the query string");
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>(query.parameters());
        parameters.put(parameter, List.of(value));
        return EventQuery.parse(parameters);
    }
}
