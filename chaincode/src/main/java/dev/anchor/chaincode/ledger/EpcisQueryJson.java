package dev.anchor.chaincode.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import dev.anchor.chaincode.domain.epcis.EpcisEventFacts;
import dev.anchor.chaincode.domain.epcis.EpcisPage;
import dev.anchor.chaincode.domain.epcis.EpcisQuery;
import dev.anchor.chaincode.domain.epcis.EpcisRecord;
import dev.anchor.chaincode.domain.epcis.EpcisTime;
import dev.anchor.chaincode.domain.shared.BatchId;
import dev.anchor.model.epcis.EpcisEventsOfBatch;
import dev.anchor.model.epcis.EpcisLedgerRecord;
import dev.anchor.model.json.CanonicalForm;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** EPCIS queries on the wire: the query argument, the facts of a stored record, the answers. */
public final class EpcisQueryJson {

    private EpcisQueryJson() {
    }

    /**
     * Reads the {@code queryJson} argument of QueryEpcisEvents: a JSON object whose members are query parameters,
     * each a string or an array of strings ({@code ""} or {@code {}}: no parameter). Anything else is
     * {@code INVALID_EPCIS_QUERY}; the domain checks the names and values.
     */
    public static Map<String, List<String>> decodeEpcisQuery(String queryJson) {
        Map<String, List<String>> parameters = new TreeMap<>();
        if (queryJson == null || queryJson.isBlank()) {
            return parameters;
        }
        JsonNode query;
        try {
            query = CanonicalForm.tree(queryJson);
        } catch (IOException e) {
            throw EpcisQuery.invalid("the query is not JSON: it is an object of parameters, "
                    + "e.g. {\"EQ_bizStep\":[\"shipping\"]}");
        }
        if (query == null || !query.isObject()) {
            throw EpcisQuery.invalid("the query is a JSON object of parameters, e.g. {\"EQ_bizStep\":[\"shipping\"]}");
        }
        for (Map.Entry<String, JsonNode> member : query.properties()) {
            JsonNode value = member.getValue();
            List<String> values = new ArrayList<>();
            if (value.isTextual()) {
                values.add(value.textValue());
            } else if (value.isArray()) {
                value.forEach(element -> values.add(element.isTextual() ? element.textValue() : null));
            }
            if (values.contains(null) || !value.isTextual() && !value.isArray()) {
                throw EpcisQuery.invalid("parameter " + member.getKey() + " takes a string or an array of strings");
            }
            parameters.put(member.getKey(), values);
        }
        return parameters;
    }

    /** Reads a stored EPCIS record (LedgerKeys.epcisEvent) and the facts of its event that queries filter on. */
    public static EpcisRecord decodeEpcisRecord(byte[] json) {
        JsonNode record = CanonicalForm.tree(json);
        JsonNode event = required(record, "event");
        String eventTime = text(event, "eventTime");
        EpcisEventFacts facts = EpcisEventFacts.at(EpcisTime.parse(eventTime)
                        .orElseThrow(() -> new IllegalStateException("stored event time is not a time: " + eventTime)))
                .type(optionalText(event.get("type")))
                .bizStep(optionalText(event.get("bizStep")))
                .disposition(optionalText(event.get("disposition")))
                .bizLocation(optionalText(event.path("bizLocation").get("id")))
                .readPoint(optionalText(event.path("readPoint").get("id")))
                .epcs(texts(event, "epcList", "childEPCs"))
                .otherEpcs(texts(event, "inputEPCList", "outputEPCList", "parentID"))
                .epcClasses(classes(event, "quantityList", "childQuantityList"))
                .otherEpcClasses(classes(event, "inputQuantityList", "outputQuantityList"))
                .build();
        return new EpcisRecord(text(record, "eventId"), facts, json);
    }

    private static String optionalText(JsonNode node) {
        return node != null && node.isTextual() ? node.textValue() : null;
    }

    /** The strings of the named members, each a string or an array of strings. */
    private static List<String> texts(JsonNode event, String... names) {
        List<String> texts = new ArrayList<>();
        for (String name : names) {
            JsonNode member = event.path(name);
            if (member.isTextual()) {
                texts.add(member.textValue());
            }
            member.forEach(element -> {
                if (element.isTextual()) {
                    texts.add(element.textValue());
                }
            });
        }
        return texts;
    }

    /** The {@code epcClass} of each quantity element of the named lists. */
    private static List<String> classes(JsonNode event, String... lists) {
        List<String> classes = new ArrayList<>();
        for (String list : lists) {
            event.path(list).forEach(element -> {
                String epcClass = optionalText(element.get("epcClass"));
                if (epcClass != null) {
                    classes.add(epcClass);
                }
            });
        }
        return classes;
    }

    /** The answer of QueryEpcisEvents: the records of one page; no bookmark on the last page. */
    public static byte[] encodeEpcisPage(EpcisPage page) {
        return CanonicalForm.write(new dev.anchor.model.epcis.EpcisPage(
                page.bookmark().isEmpty() ? null : page.bookmark(), records(page.events())));
    }

    /** The answer of GetEpcisEventsOfBatch: the batch's records, in time order. */
    public static byte[] encodeEpcisEventsOfBatch(BatchId batchId, List<EpcisRecord> records) {
        return CanonicalForm.write(new EpcisEventsOfBatch(batchId.value(), records(records)));
    }

    private static List<EpcisLedgerRecord> records(List<EpcisRecord> records) {
        return records.stream().map(record -> CanonicalForm.read(record.json(), EpcisLedgerRecord.class)).toList();
    }

    private static JsonNode required(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw new IllegalStateException("stored JSON lacks " + name);
        }
        return value;
    }

    private static String text(JsonNode node, String name) {
        return required(node, name).asText();
    }
}
