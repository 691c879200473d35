package dev.anchor.client.epcis;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchor.client.Anchor;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.wire.AnchorJson;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An EPCIS 2.0 query (the parameters of the standard's SimpleEventQuery that Anchor answers): parameters AND
 * together, the values of one parameter OR together. Immutable; each method returns a new query.
 *
 * <pre>{@code
 * EpcisQuery shipped = EpcisQuery.all()
 *         .with("EQ_bizStep", "shipping")
 *         .with("MATCH_epc", "urn:epc:idpat:sgtin:0614141.107346.*")
 *         .from(Instant.parse("2026-11-01T00:00:00Z"));
 * EpcisQueryPage page = client.queryEpcis(shipped, 100, null);
 * }</pre>
 *
 * <p>The parameters: {@code eventType}, {@code GE_eventTime}, {@code LT_eventTime}, {@code EQ_bizStep},
 * {@code EQ_disposition}, {@code EQ_bizLocation}, {@code EQ_readPoint}, {@code MATCH_epc}, {@code MATCH_anyEPC},
 * {@code MATCH_epcClass}, {@code MATCH_anyEPCClass}. A MATCH_ value ending in {@code *} is a prefix (an EPC
 * pattern {@code urn:epc:idpat:…*} means the EPCs {@code urn:epc:id:…}); business steps and dispositions may be
 * given as the CBV bare word or either CBV URI form. The chaincode checks the query: anything it cannot answer
 * is refused with {@link ErrorCode#INVALID_EPCIS_QUERY} naming the parameter.
 */
public final class EpcisQuery {
    private final Map<String, List<String>> parameters;

    private EpcisQuery(Map<String, List<String>> parameters) {
        this.parameters = parameters;
    }

    /** @return the query with no parameter: every captured event */
    public static EpcisQuery all() {
        return new EpcisQuery(Collections.emptyMap());
    }

    /**
     * @param parameter an EPCIS query parameter, e.g. {@code EQ_bizStep}
     * @param values    its values, added to those it already has
     * @return the query with these values too
     */
    public EpcisQuery with(String parameter, String... values) {
        Objects.requireNonNull(parameter, "parameter");
        Map<String, List<String>> copy = new TreeMap<>(parameters);
        List<String> all = new ArrayList<>(copy.getOrDefault(parameter, List.of()));
        for (String value : values) {
            all.add(Objects.requireNonNull(value, "value"));
        }
        copy.put(parameter, List.copyOf(all));
        return new EpcisQuery(Collections.unmodifiableMap(copy));
    }

    /** @return the query restricted to events at or after {@code time} ({@code GE_eventTime}) */
    public EpcisQuery from(Instant time) {
        return replace("GE_eventTime", time);
    }

    /** @return the query restricted to events before {@code time} ({@code LT_eventTime}) */
    public EpcisQuery before(Instant time) {
        return replace("LT_eventTime", time);
    }

    private EpcisQuery replace(String parameter, Instant time) {
        Map<String, List<String>> copy = new TreeMap<>(parameters);
        copy.put(parameter, List.of(Objects.requireNonNull(time, "time").toString()));
        return new EpcisQuery(Collections.unmodifiableMap(copy));
    }

    /** @return each parameter and its values, by name */
    public Map<String, List<String>> parameters() {
        return parameters;
    }

    /** The chaincode's {@code queryJson}: each parameter with the array of its values. */
    public String toJson() {
        ObjectNode node = AnchorJson.MAPPER.createObjectNode();
        parameters.forEach((name, values) -> {
            ArrayNode array = node.putArray(name);
            values.forEach(array::add);
        });
        return AnchorJson.write(node);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EpcisQuery query && query.parameters.equals(parameters);
    }

    @Override
    public int hashCode() {
        return parameters.hashCode();
    }

    @Override
    public String toString() {
        return "EpcisQuery" + parameters;
    }
}
