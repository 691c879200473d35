package dev.anchor.client.epcis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchor.client.wire.AnchorJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.anchor.client.epcis.EpcisSchemaTest.example;
import static org.assertj.core.api.Assertions.assertThat;

class EpcisEventHashTest {

    @Test
    void hashesEachEventOfADocumentInOrder() throws Exception {
        // Values from the OpenEPCIS generator (0.9.2) for GS1's Example 9.6.1; the example's own eventIDs are
        // stale draft hashes (see docs/epcis.md), so they are not the reference.
        assertThat(EpcisEventHash.ofDocument(example("Example_9.6.1-ObjectEvent.jsonld"))).containsExactly(
                "ni:///sha-256;df6523665bc5e5803d6c7b84f5a04e103694d8220f2abc4f2c74310e89f31bc6?ver=CBV2.0",
                "ni:///sha-256;32547b2344d525ea60ab1b899d82a9011fd9c39bb26ed936e113066146f49941?ver=CBV2.0");
    }

    @Test
    void oneEventWithItsContextHashesAsInItsDocument() throws Exception {
        JsonNode doc = example("Example_9.6.1-ObjectEvent.jsonld");
        assertThat(EpcisEventHash.of(doc.at("/epcisBody/eventList/1"), doc.get("@context")))
                .isEqualTo(EpcisEventHash.ofDocument(doc).get(1));
        ObjectNode single = ((ObjectNode) doc.at("/epcisBody/eventList/1")).deepCopy();
        single.set("@context", doc.get("@context"));
        assertThat(EpcisEventHash.ofDocument(single)).containsExactly(EpcisEventHash.ofDocument(doc).get(1));
    }

    @Test
    void urnAndDigitalLinkFormsOfTheSameEventHashTheSame() throws Exception {
        assertThat(EpcisEventHash.ofDocument(example("Example_9.6.4-TransformationEventWithDigitalLink.jsonld")))
                .isEqualTo(EpcisEventHash.ofDocument(example("Example_9.6.4-TransformationEvent.jsonld")))
                .containsExactly(
                        "ni:///sha-256;c794227acf3a4d9be9ba1f8340425782f88a0f4e3f35b533a8bf8f1bc206a379?ver=CBV2.0");
    }

    @Test
    void eventIdRecordTimeAndMemberOrderDoNotCountButContentDoes() throws Exception {
        JsonNode doc = example("Example_9.6.1-ObjectEvent.jsonld");
        ObjectNode event = (ObjectNode) doc.at("/epcisBody/eventList/0");
        String original = EpcisEventHash.of(event, doc.get("@context"));

        ObjectNode reordered = AnchorJson.MAPPER.createObjectNode();
        java.util.List<String> names = new java.util.ArrayList<>();
        event.fieldNames().forEachRemaining(names::add);
        java.util.Collections.reverse(names);
        names.forEach(n -> reordered.set(n, event.get(n)));
        reordered.put("eventID", "urn:uuid:6b6f1c2e-0000-4000-8000-000000000001");
        reordered.put("recordTime", "2020-01-01T00:00:00Z");
        assertThat(EpcisEventHash.of(reordered, doc.get("@context"))).isEqualTo(original);

        ObjectNode changed = event.deepCopy();
        changed.put("action", "ADD");
        assertThat(EpcisEventHash.of(changed, doc.get("@context"))).isNotEqualTo(original)
                .matches("ni:///sha-256;[0-9a-f]{64}\\?ver=CBV2\\.0");
    }

    @Test
    void whereTheDocumentWritesItsContextDoesNotMatter() throws Exception {
        JsonNode doc = example("Example_9.6.1-ObjectEvent.jsonld");
        ObjectNode contextLast = AnchorJson.MAPPER.createObjectNode();
        doc.fieldNames().forEachRemaining(name -> {
            if (!name.equals("@context")) {
                contextLast.set(name, doc.get(name));
            }
        });
        contextLast.set("@context", doc.get("@context"));

        assertThat(EpcisEventHash.ofDocument(contextLast)).isEqualTo(EpcisEventHash.ofDocument(doc));
    }

    @Test
    void anExtensionFieldCounts() throws Exception {
        JsonNode doc = example("Example_9.6.1-ObjectEvent.jsonld");
        ObjectNode event = ((ObjectNode) doc.at("/epcisBody/eventList/1")).deepCopy();
        String original = EpcisEventHash.of(event, doc.get("@context"));
        event.put("example:myField", "another value");
        assertThat(EpcisEventHash.of(event, doc.get("@context"))).isNotEqualTo(original);
    }

    @Test
    void aBlankNodeEventIdHashesLikeAnyOtherEventId() throws Exception {
        JsonNode doc = example("Example_9.6.1-ObjectEvent.jsonld");
        ObjectNode event = ((ObjectNode) doc.at("/epcisBody/eventList/0")).deepCopy();
        String original = EpcisEventHash.of(event, doc.get("@context"));
        event.put("eventID", "_:event1");
        assertThat(EpcisEventHash.of(event, doc.get("@context"))).isEqualTo(original);
    }

    /** Every address GS1 publishes the EPCIS 2.0 context under gives the same hash, extension prefixes included. */
    @ParameterizedTest
    @ValueSource(strings = {"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
            "https://ref.gs1.org/standards/epcis/epcis-context.jsonld",
            "https://gs1.github.io/EPCIS/epcis-context.jsonld"})
    void eachStandardContextAddressHashesTheSame(String address) throws Exception {
        ObjectNode doc = (ObjectNode) example("Example_9.6.1-ObjectEvent.jsonld");
        ((ArrayNode) doc.get("@context")).set(0, address);
        assertThat(EpcisEventHash.ofDocument(doc)).containsExactly(
                "ni:///sha-256;df6523665bc5e5803d6c7b84f5a04e103694d8220f2abc4f2c74310e89f31bc6?ver=CBV2.0",
                "ni:///sha-256;32547b2344d525ea60ab1b899d82a9011fd9c39bb26ed936e113066146f49941?ver=CBV2.0");
    }
}
