package dev.anchor.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
        try (InputStream in = EpcisSchema.class.getResourceAsStream("epcis/EPCIS-JSON-Schema.json")) {
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
}
