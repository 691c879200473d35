package dev.anchor.client.epcis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchor.client.wire.AnchorJson;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Events captured under contexts that bind one prefix to different namespaces, answered in one document. */
class MergedContextTest {
    private static final String STANDARD = "\"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\"";

    private static JsonNode record(String namespace, String serial) {
        JsonNode context = AnchorJson.parseObject("{\"c\":[" + STANDARD + ",{\"example\":\"" + namespace + "\"}]}",
                "context").get("c");
        ObjectNode event = (ObjectNode) AnchorJson.parseObject("""
                {"type": "ObjectEvent", "eventTime": "2026-12-03T09:00:00Z", "eventTimeZoneOffset": "+00:00",
                 "epcList": ["urn:epc:id:sgtin:0614141.107346.%s"], "action": "ADD",
                 "example:myField": {"example:inner": "4711"}, "ilmd": {"example:lot": "L1"}}""".formatted(serial),
                "event");
        ObjectNode record = AnchorJson.MAPPER.createObjectNode();
        record.set("context", context);
        record.set("event", event);
        record.put("eventId", EpcisEventHash.of(event, context));
        return record;
    }

    @Test
    void aPrefixBoundTwoWaysIsRenamedInTheLaterEventsSoThatEveryEventHashesAsCaptured() {
        List<JsonNode> records = List.of(record("http://ns.example.com/epcis/", "1"),
                record("https://ns.example.com/epcis", "2"), record("http://ns.example.com/epcis/", "3"));

        ObjectNode document = EpcisDocuments.queryDocument(records, Instant.parse("2026-12-03T10:00:00Z"));

        JsonNode context = document.get("@context");
        assertThat(context.toString()).isEqualTo("[" + STANDARD + ",{\"example\":\"http://ns.example.com/epcis/\"},"
                + "{\"example2\":\"https://ns.example.com/epcis\"}]");
        List<JsonNode> events = new EpcisQueryPage(document, java.util.Optional.empty()).events();
        assertThat(events.get(1).has("example2:myField")).isTrue();
        assertThat(events.get(1).at("/example2:myField/example2:inner").asText()).isEqualTo("4711");
        assertThat(events.get(1).at("/ilmd/example2:lot").asText()).isEqualTo("L1");
        assertThat(events.get(2).has("example:myField")).isTrue();
        for (int i = 0; i < records.size(); i++) {
            assertThat(EpcisEventHash.of(events.get(i), context)).as("event %d", i)
                    .isEqualTo(records.get(i).get("eventId").asText());
        }
        assertThat(EpcisSchema.validate(document)).isEmpty();
    }

    @Test
    void theSameBindingTwiceIsOneContextAndRenamesNothing() {
        List<JsonNode> records = List.of(record("http://ns.example.com/epcis/", "1"),
                record("http://ns.example.com/epcis/", "2"));

        ObjectNode document = EpcisDocuments.queryDocument(records, Instant.parse("2026-12-03T10:00:00Z"));

        assertThat(document.get("@context")).hasSize(2);
        assertThat(document.at("/epcisBody/queryResults/resultsBody/eventList/1").has("example:myField")).isTrue();
    }
}
