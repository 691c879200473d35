package dev.anchor.client.epcis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchor.client.wire.AnchorJson;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EpcisSchemaTest {

    static JsonNode example(String name) throws Exception {
        try (InputStream in = EpcisSchemaTest.class.getResourceAsStream("/epcis/" + name)) {
            return AnchorJson.MAPPER.readTree(in);
        }
    }

    @Test
    void theCopyIsTheOfficialSchema() throws Exception {
        try (InputStream in = EpcisSchema.class.getResourceAsStream("EPCIS-JSON-Schema.json")) {
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
            assertThat(sha).isEqualTo("ed3228d7867198b4a5be9748fe77f473457c6ed98224fab28a950b4ce634a041");
        }
    }

    @Test
    void anOfficialExampleIsValid() throws Exception {
        assertThat(EpcisSchema.validate(example("Example_9.6.1-ObjectEvent.jsonld"))).isEmpty();
        assertThat(EpcisSchema.validate(example("Example_9.6.4-TransformationEvent.jsonld"))).isEmpty();
    }

    @Test
    void aSingleEventWithItsContextIsValid() throws Exception {
        JsonNode doc = example("Example_9.6.1-ObjectEvent.jsonld");
        ObjectNode event = ((ObjectNode) doc.at("/epcisBody/eventList/0")).deepCopy();
        event.set("@context", doc.get("@context"));
        assertThat(EpcisSchema.validate(event)).isEmpty();
    }

    @Test
    void eachProblemHasTheJsonPathAndTheReason() throws Exception {
        ObjectNode doc = (ObjectNode) example("Example_9.6.1-ObjectEvent.jsonld");
        ObjectNode first = (ObjectNode) doc.at("/epcisBody/eventList/0");
        first.put("action", "LOOK");
        ObjectNode second = (ObjectNode) doc.at("/epcisBody/eventList/1");
        second.remove("eventTime");

        List<EpcisProblem> problems = EpcisSchema.validate(doc);

        // the schema states the action values as alternatives: one reason for each
        assertThat(problems).filteredOn(p -> p.path().equals("$.epcisBody.eventList[0].action"))
                .extracting(EpcisProblem::reason)
                .anySatisfy(r -> assertThat(r).contains("ADD"))
                .anySatisfy(r -> assertThat(r).contains("OBSERVE"))
                .anySatisfy(r -> assertThat(r).contains("DELETE"));
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("$.epcisBody.eventList[1]");
            assertThat(p.reason()).contains("eventTime");
        });
        assertThat(problems).allSatisfy(p -> assertThat(p.path()).startsWith("$.epcisBody.eventList["));
    }

    @Test
    void formatsAreAsserted() throws Exception {
        ObjectNode doc = (ObjectNode) example("Example_9.6.1-ObjectEvent.jsonld");
        ((ObjectNode) doc.at("/epcisBody/eventList/0")).put("eventTime", "yesterday");
        assertThat(EpcisSchema.validate(doc)).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("$.epcisBody.eventList[0].eventTime");
            assertThat(p.reason()).contains("date-time");
        });
    }

    @Test
    void aDocumentWithoutTypeOrNotJsonIsAProblemAtTheRoot() {
        assertThat(EpcisSchema.validate(AnchorJson.MAPPER.createObjectNode()))
                .allSatisfy(p -> assertThat(p.path()).isEqualTo("$"))
                .contains(new EpcisProblem("$", "required property 'type' not found"));
        assertThat(EpcisSchema.validate("{not json")).singleElement()
                .satisfies(p -> assertThat(p.path()).isEqualTo("$"));
    }

    @Test
    void aBlankNodeDocumentIdAndEventIdAreValid() throws Exception {
        ObjectNode doc = (ObjectNode) example("Example_9.6.1-ObjectEvent.jsonld");
        doc.put("id", "_:document1");
        ((ObjectNode) doc.at("/epcisBody/eventList/0")).put("eventID", "_:event1");
        ((ObjectNode) doc.at("/epcisBody/eventList/1")).put("eventID", "_:b.0-x");
        assertThat(EpcisSchema.validate(doc)).isEmpty();
    }

    @Test
    void aBlankNodeEventIdOfASingleEventOrAQueryResultIsValid() throws Exception {
        JsonNode doc = example("Example_9.6.1-ObjectEvent.jsonld");
        ObjectNode event = ((ObjectNode) doc.at("/epcisBody/eventList/0")).deepCopy();
        event.set("@context", doc.get("@context"));
        event.put("eventID", "_:event1");
        assertThat(EpcisSchema.validate(event)).isEmpty();

        ObjectNode query = AnchorJson.MAPPER.createObjectNode();
        query.set("@context", doc.get("@context"));
        query.put("id", "_:query1").put("type", "EPCISQueryDocument").put("schemaVersion", "2.0")
                .put("creationDate", "2005-07-11T11:30:47.0Z");
        ObjectNode results = query.putObject("epcisBody").putObject("queryResults");
        results.put("queryName", "SimpleEventQuery");
        ObjectNode result = ((ObjectNode) doc.at("/epcisBody/eventList/0")).deepCopy().put("eventID", "_:event1");
        results.putObject("resultsBody").putArray("eventList").add(result);
        assertThat(EpcisSchema.validate(query)).isEmpty();
        result.put("eventID", "event 1");
        assertThat(EpcisSchema.validate(query)).extracting(EpcisProblem::path)
                .containsExactly("$.epcisBody.queryResults.resultsBody.eventList[0].eventID");
    }

    @Test
    void aBlankNodeCorrectiveEventIdIsValid() throws Exception {
        ObjectNode doc = (ObjectNode) example("Example_9.6.1-ObjectEvent.jsonld");
        ObjectNode event = (ObjectNode) doc.at("/epcisBody/eventList/0");
        event.put("eventID", "_:event1");
        event.putObject("errorDeclaration").put("declarationTime", "2020-01-15T00:00:00+01:00")
                .putArray("correctiveEventIDs").add("_:event2");
        ((ObjectNode) doc.at("/epcisBody/eventList/1")).put("eventID", "_:event2");
        assertThat(EpcisSchema.validate(doc)).isEmpty();
    }

    @Test
    void anIdThatIsNeitherAUriNorABlankNodeIsRefusedNamingBoth() throws Exception {
        for (String id : List.of("_:", "_:.a", "_:a.", "_:a b", "document 1", "_document1")) {
            ObjectNode doc = (ObjectNode) example("Example_9.6.1-ObjectEvent.jsonld");
            doc.put("id", id);
            ((ObjectNode) doc.at("/epcisBody/eventList/0")).put("eventID", id);
            assertThat(EpcisSchema.validate(doc)).as(id).containsExactly(
                    new EpcisProblem("$.epcisBody.eventList[0].eventID", "must be an RFC 3986 URI or a JSON-LD "
                            + "blank node identifier (_: and a name, e.g. _:event1), not \"" + id + "\""),
                    new EpcisProblem("$.id", "must be an RFC 3986 URI or a JSON-LD blank node identifier (_: and a "
                            + "name, e.g. _:event1), not \"" + id + "\""));
        }
    }

    @Test
    void aBlankNodeWhereTheSchemaAsksForAnotherUriIsRefused() throws Exception {
        ObjectNode doc = (ObjectNode) example("Example_9.6.1-ObjectEvent.jsonld");
        doc.put("id", "_:document1");
        ObjectNode event = (ObjectNode) doc.at("/epcisBody/eventList/0");
        event.put("eventID", "_:event1");
        ((ObjectNode) event.get("readPoint")).put("id", "_:dock");
        ((ObjectNode) event.at("/bizTransactionList/0")).put("bizTransaction", "_:po1");

        assertThat(EpcisSchema.validate(doc)).extracting(EpcisProblem::path).containsExactlyInAnyOrder(
                "$.epcisBody.eventList[0].bizTransactionList[0].bizTransaction",
                "$.epcisBody.eventList[0].readPoint.id");
    }

    @Test
    void aSchemaViolationNextToBlankNodesIsStillRefusedWithItsPath() throws Exception {
        ObjectNode doc = (ObjectNode) example("Example_9.6.1-ObjectEvent.jsonld");
        doc.put("id", "_:document1");
        ObjectNode event = (ObjectNode) doc.at("/epcisBody/eventList/0");
        event.put("eventID", "_:event1");
        event.put("eventTime", "yesterday");

        assertThat(EpcisSchema.validate(doc)).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("$.epcisBody.eventList[0].eventTime");
            assertThat(p.reason()).contains("date-time");
        });
    }

    @Test
    void theBlankNodeLabelGrammar() {
        assertThat(List.of("_:b0", "_:0", "_:document1", "_:a.b", "_:a-b_c", "_:_x", "_:a:b", "_:été",
                        "_:\uD835\uDC00"))
                .allSatisfy(id -> assertThat(EpcisIdentifierFormat.isBlankNode(id)).as(id).isTrue());
        assertThat(List.of("_:", "_:-a", "_:.a", "_:a.", "_:a b", "_:a/b", "_:a#", "a:b", "_b", ":_b"))
                .allSatisfy(id -> assertThat(EpcisIdentifierFormat.isBlankNode(id)).as(id).isFalse());
    }
}
