package dev.anchor.client.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchor.client.Organization;
import dev.anchor.client.epcis.CapturedEpcisEvent;
import dev.anchor.client.epcis.EpcisEventHash;
import dev.anchor.client.epcis.EpcisSchema;
import dev.anchor.client.wire.AnchorJson;
import org.hyperledger.fabric.client.Contract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** exportEpcis: a batch's provenance mapped to CBV, with its captured events, as a schema-valid EPCISDocument. */
class EpcisExportTest {
    private static final String SSCC = "106141411234567897";
    private static final String PEAR = "{\"batchId\":\"PEAR-001\",\"custodian\":\"RetailerMSP\",\"eventCount\":9,"
            + "\"gtin\":\"09506000134352\",\"productName\":\"Conference pears\",\"quantity\":1200,\"remaining\":600,"
            + "\"site\":\"Orchard Lane\",\"unit\":\"kg\",\"producer\":\"ManufacturerMSP\",\"producedAt\":\"2026-11-25T15:00:00Z\"}";
    private static final String JUICE = "{\"batchId\":\"JUICE-001\",\"custodian\":\"ManufacturerMSP\",\"eventCount\":1,"
            + "\"gtin\":\"09506000134369\",\"productName\":\"Pear juice\",\"quantity\":450,\"site\":\"Press house\","
            + "\"unit\":\"l\",\"producer\":\"ManufacturerMSP\",\"producedAt\":\"2026-11-25T15:05:00Z\"}";
    /** A captured event linked to PEAR-001, between its production and its handoff. */
    static final String CAPTURED = "{\"type\":\"ObjectEvent\",\"action\":\"OBSERVE\",\"bizStep\":\"inspecting\","
            + "\"eventTime\":\"2026-11-25T17:30:00.000+01:00\",\"eventTimeZoneOffset\":\"+01:00\",\"example:grade\":\"A\","
            + "\"quantityList\":[{\"epcClass\":\"https://id.gs1.org/01/09506000134352/10/PEAR-001\"}]}";

    private static String event(int seq, String type, String time, String actor, String details) {
        return "{\"actor\":\"" + actor + "\",\"batchId\":\"PEAR-001\",\"details\":" + details + ",\"hash\":\"h" + seq
                + "\",\"previousHash\":\"h" + (seq - 1) + "\",\"seq\":" + seq + ",\"timestamp\":\"2026-11-25T15:0" + time
                + "Z\",\"txId\":\"tx" + seq + "\",\"type\":\"" + type + "\"}";
    }

    private static final String M = "ManufacturerMSP";
    private static final String PROVENANCE = "{\"batchId\":\"PEAR-001\",\"events\":["
            + event(1, "PRODUCED", "0:00", M, "{\"gtin\":\"09506000134352\",\"productName\":\"Conference pears\","
            + "\"quantity\":1200,\"site\":\"Orchard Lane\",\"unit\":\"kg\"}") + ","
            + event(2, "EVIDENCE_ATTACHED", "1:00", M, "{\"mediaType\":\"application/pdf\",\"sha256\":\"" + "ab".repeat(32)
            + "\",\"size\":48213,\"uri\":\"https://lab.example/4711.pdf\"}") + ","
            + event(3, "HANDOFF_INITIATED", "2:00", M, "{\"from\":\"ManufacturerMSP\",\"to\":\"RetailerMSP\"}") + ","
            + event(4, "HANDOFF_REJECTED", "3:00", "RetailerMSP", "{\"from\":\"ManufacturerMSP\",\"reason\":\"late\",\"to\":\"RetailerMSP\"}") + ","
            + event(5, "CONSUMED", "4:00", M, "{\"output\":\"JUICE-001\",\"quantity\":600,\"remaining\":600,\"unit\":\"kg\"}") + ","
            + event(6, "PACKED", "5:00", M, "{\"sscc\":\"" + SSCC + "\"}") + ","
            + event(7, "HANDOFF_ACCEPTED", "6:00", "RetailerMSP", "{\"from\":\"ManufacturerMSP\",\"sscc\":\"" + SSCC
            + "\",\"to\":\"RetailerMSP\"}") + ","
            + event(8, "UNPACKED", "7:00", "RetailerMSP", "{\"sscc\":\"" + SSCC + "\"}") + ","
            + event(9, "RECALLED", "8:00", "AuditorMSP", "{\"reason\":\"Listeria\",\"recallOf\":\"PEAR-001\"}") + ","
            + event(10, "RECALL_ACKNOWLEDGED", "9:00", "RetailerMSP", "{\"recallOf\":\"PEAR-001\"}") + "]}";

    private final Contract contract = mock(Contract.class);
    private final GatewayAnchorClient client = new GatewayAnchorClient(contract, Organization.AUDITOR, "peer", null);
    private String capturedId;

    private void answer(String function, String arg, String json) throws Exception {
        when(contract.evaluateTransaction(function, arg)).thenReturn(json.getBytes(StandardCharsets.UTF_8));
    }

    @BeforeEach
    void ledger() throws Exception {
        capturedId = EpcisEventHash.of(AnchorJson.parseObject(CAPTURED, "event"), AnchorJson.parseObject(
                "{\"c\":[\"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\",{\"example\":\"http://ns.example.com/epcis/\"}]}",
                "context").get("c"));
        answer("GetBatch", "PEAR-001", PEAR);
        answer("GetBatch", "JUICE-001", JUICE);
        answer("GetProvenance", "PEAR-001", PROVENANCE);
        answer("GetEpcisEventsOfBatch", "PEAR-001", "{\"batchId\":\"PEAR-001\",\"events\":[{\"capturedAt\":\"2026-11-25T16:00:00Z\","
                + "\"capturedBy\":\"DistributorMSP\",\"context\":[\"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\","
                + "{\"example\":\"http://ns.example.com/epcis/\"}],\"event\":" + CAPTURED + ",\"eventId\":\"" + capturedId
                + "\",\"txId\":\"tc\"}]}");
    }

    @Test
    void theDocumentValidatesAgainstTheOfficialSchema() {
        ObjectNode document = client.exportEpcis("PEAR-001");

        assertThat(document.get("type").asText()).isEqualTo("EPCISDocument");
        assertThat(EpcisSchema.validate(document)).isEmpty();
        assertThat(document.get("@context").toString()).contains("epcis-context.jsonld", "\"anchor\":\"urn:anchor:epcis:\"",
                "\"example\":\"http://ns.example.com/epcis/\"");
    }

    @Test
    void eachAnchorEventIsMappedToItsCbvStepInTimeOrderWithTheCapturedEvent() {
        List<JsonNode> events = new ArrayList<>();
        client.exportEpcis("PEAR-001").at("/epcisBody/eventList").forEach(events::add);

        assertThat(events).extracting(e -> e.get("type").asText() + " " + e.path("action").asText("-") + " "
                        + e.path("bizStep").asText("-") + " " + e.path("disposition").asText("-"))
                .containsExactly(
                        "ObjectEvent ADD commissioning active",
                        "ObjectEvent OBSERVE - -",
                        "ObjectEvent OBSERVE shipping in_transit",
                        "ObjectEvent OBSERVE void_shipping -",
                        "TransformationEvent - commissioning in_progress",
                        "AggregationEvent ADD packing in_progress",
                        "ObjectEvent OBSERVE receiving in_progress",
                        "AggregationEvent DELETE unpacking in_progress",
                        "ObjectEvent OBSERVE holding recalled",
                        "ObjectEvent OBSERVE holding recalled",
                        "ObjectEvent OBSERVE inspecting -");
        JsonNode produced = events.get(0);
        assertThat(produced.at("/quantityList/0/epcClass").asText()).isEqualTo("https://id.gs1.org/01/09506000134352/10/PEAR-001");
        assertThat(produced.at("/quantityList/0/quantity").decimalValue()).isEqualByComparingTo("1200");
        assertThat(produced.at("/quantityList/0/uom").asText()).isEqualTo("KGM");
        assertThat(produced.at("/ilmd/anchor:productName").asText()).isEqualTo("Conference pears");
        assertThat(produced.get("anchor:eventType").asText()).isEqualTo("PRODUCED");
        assertThat(produced.get("anchor:hash").asText()).isEqualTo("h1");
        JsonNode shipped = events.get(2);
        assertThat(shipped.at("/sourceList/0/source").asText()).isEqualTo("urn:anchor:org:ManufacturerMSP");
        assertThat(shipped.at("/sourceList/0/type").asText()).isEqualTo("owning_party");
        assertThat(shipped.at("/destinationList/0/destination").asText()).isEqualTo("urn:anchor:org:RetailerMSP");
        assertThat(events.get(3).get("anchor:reason").asText()).isEqualTo("late");
        JsonNode consumed = events.get(4);
        assertThat(consumed.at("/inputQuantityList/0/quantity").decimalValue()).isEqualByComparingTo("600");
        assertThat(consumed.at("/outputQuantityList/0/epcClass").asText()).isEqualTo("https://id.gs1.org/01/09506000134369/10/JUICE-001");
        assertThat(consumed.get("transformationID").asText()).isEqualTo("urn:anchor:transformation:tx5");
        assertThat(events.get(5).get("parentID").asText()).isEqualTo("https://id.gs1.org/00/" + SSCC);
        assertThat(events.get(6).get("anchor:sscc").asText()).isEqualTo(SSCC);
        assertThat(events.get(8).get("anchor:reason").asText()).isEqualTo("Listeria");
        assertThat(events.get(1).get("anchor:sha256").asText()).isEqualTo("ab".repeat(32));
        assertThat(events.get(10).get("eventID").asText()).isEqualTo(capturedId);
        assertThat(events.get(10).get("example:grade").asText()).isEqualTo("A");
    }

    @Test
    void eachAnchorEventCarriesItsCbvEventHash() {
        ObjectNode document = client.exportEpcis("PEAR-001");
        List<String> hashes = EpcisEventHash.ofDocument(document);
        List<String> ids = new ArrayList<>();
        document.at("/epcisBody/eventList").forEach(e -> ids.add(e.get("eventID").asText()));

        assertThat(ids).containsExactlyElementsOf(hashes).doesNotHaveDuplicates();
        assertThat(ids).allSatisfy(id -> assertThat(id).matches("ni:///sha-256;[0-9a-f]{64}\\?ver=CBV2\\.0"));
    }

    @Test
    void aTransformedBatchNamesItsInputs() throws Exception {
        answer("GetProvenance", "JUICE-001", "{\"batchId\":\"JUICE-001\",\"events\":[" + event(1, "TRANSFORMED", "4:00", M,
                "{\"gtin\":\"09506000134369\",\"inputs\":\"PEAR-001:600\",\"productName\":\"Pear juice\",\"quantity\":450,"
                        + "\"site\":\"Press house\",\"unit\":\"l\"}").replace("PEAR-001\",\"details", "JUICE-001\",\"details") + "]}");
        answer("GetEpcisEventsOfBatch", "JUICE-001", "{\"batchId\":\"JUICE-001\",\"events\":[]}");

        ObjectNode document = client.exportEpcis("JUICE-001");

        assertThat(EpcisSchema.validate(document)).isEmpty();
        JsonNode transformed = document.at("/epcisBody/eventList/0");
        assertThat(transformed.get("type").asText()).isEqualTo("TransformationEvent");
        assertThat(transformed.at("/inputQuantityList/0/epcClass").asText()).isEqualTo("https://id.gs1.org/01/09506000134352/10/PEAR-001");
        assertThat(transformed.at("/inputQuantityList/0/uom").asText()).isEqualTo("KGM");
        assertThat(transformed.at("/outputQuantityList/0/uom").asText()).isEqualTo("LTR");
        assertThat(transformed.get("transformationID").asText()).isEqualTo("urn:anchor:transformation:tx1");
    }

    @Test
    void theCapturedEventsOfABatchAreItsRecordsWithTheEventAsCaptured() {
        List<CapturedEpcisEvent> captured = client.epcisEventsOfBatch("PEAR-001");

        assertThat(captured).hasSize(1);
        CapturedEpcisEvent event = captured.get(0);
        assertThat(event.eventId()).isEqualTo(capturedId);
        assertThat(event.capturedBy()).isEqualTo("DistributorMSP");
        assertThat(event.capturedAt()).isEqualTo(java.time.Instant.parse("2026-11-25T16:00:00Z"));
        assertThat(event.transactionId()).isEqualTo("tc");
        assertThat(event.type()).isEqualTo("ObjectEvent");
        assertThat(event.eventTime()).isEqualTo("2026-11-25T17:30:00.000+01:00");
        assertThat(event.action()).contains("OBSERVE");
        assertThat(event.bizStep()).contains("inspecting");
        assertThat(event.disposition()).isEmpty();
        assertThat(event.event().get("example:grade").asText()).isEqualTo("A");
        assertThat(event.context().toString()).contains("\"example\":\"http://ns.example.com/epcis/\"");
    }

    @Test
    void cbvStepsAndDispositionsInAnyFormAreTheirBareWords() {
        CapturedEpcisEvent urn = CapturedEpcisEvent.fromRecord(AnchorJson.parseObject("{\"eventId\":\"e\",\"event\":"
                + "{\"type\":\"TransformationEvent\",\"bizStep\":\"urn:epcglobal:cbv:bizstep:commissioning\","
                + "\"disposition\":\"urn:epcglobal:cbv:disp:in_progress\"}}", "record"));
        CapturedEpcisEvent web = CapturedEpcisEvent.fromRecord(AnchorJson.parseObject("{\"eventId\":\"e\",\"event\":"
                + "{\"type\":\"ObjectEvent\",\"bizStep\":\"https://ref.gs1.org/cbv/BizStep-receiving\","
                + "\"disposition\":\"https://ref.gs1.org/cbv/Disp-in_transit\"}}", "record"));
        CapturedEpcisEvent other = CapturedEpcisEvent.fromRecord(AnchorJson.parseObject("{\"eventId\":\"e\",\"event\":"
                + "{\"type\":\"ObjectEvent\",\"bizStep\":\"https://example.com/steps/tasting\"}}", "record"));

        assertThat(urn.bizStep()).contains("commissioning");
        assertThat(urn.disposition()).contains("in_progress");
        assertThat(urn.action()).isEmpty();
        assertThat(web.bizStep()).contains("receiving");
        assertThat(web.disposition()).contains("in_transit");
        assertThat(other.bizStep()).contains("https://example.com/steps/tasting");
        assertThat(other.capturedBy()).isNull();
        assertThat(other.context()).isNull();
    }
}
