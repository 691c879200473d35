package dev.anchor.chaincode.contract;

import static dev.anchor.chaincode.contract.SimulatedPeer.DISTRIBUTOR;
import static dev.anchor.chaincode.contract.SimulatedPeer.MANUFACTURER;
import static dev.anchor.chaincode.contract.SimulatedPeer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.anchor.chaincode.domain.epcis.EpcisCapture;
import dev.anchor.chaincode.domain.shared.BatchId;
import dev.anchor.chaincode.ledger.LedgerKeys;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EpcisCaptureTest {

    private static final String CONTEXT = "[\"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\","
            + "{\"example\":\"http://ns.example.com/epcis/\"}]";
    private static final String PEAR_DL = "https://id.gs1.org/01/09506000134352/10/PEAR-1";
    private static final String PEAR_LGTIN = "urn:epc:class:lgtin:9506000.013435.PEAR-1";
    private static final String JUICE_GTIN = "09506000134369";

    private final SimulatedPeer peer = new SimulatedPeer();

    /** An event id of the CBV 2.0 hash form, from a number. */
    static String id(int n) {
        return "ni:///sha-256;" + String.format("%064x", n) + "?ver=CBV2.0";
    }

    static String shipping(String epcs) {
        return "{\"type\":\"ObjectEvent\",\"action\":\"OBSERVE\",\"eventTime\":\"2005-04-03T20:33:31.116-06:00\","
                + "\"eventTimeZoneOffset\":\"-06:00\",\"bizStep\":\"urn:epcglobal:cbv:bizstep:shipping\","
                + "\"disposition\":\"https://ref.gs1.org/cbv/Disp-in_transit\",\"epcList\":[" + epcs + "],"
                + "\"readPoint\":{\"id\":\"urn:epc:id:sgln:0614141.07346.1234\"},"
                + "\"bizLocation\":{\"id\":\"urn:epc:id:sgln:0614141.07346.0\"},"
                + "\"quantityList\":[{\"epcClass\":\"urn:epc:class:lgtin:4012345.012345.998877\",\"quantity\":200,"
                + "\"uom\":\"KGM\"}],\"example:myField\":{\"b\":1.50,\"a\":\"kept\"}}";
    }

    static String argument(String... idAndEvent) {
        StringBuilder events = new StringBuilder();
        for (int i = 0; i < idAndEvent.length; i += 2) {
            events.append(i > 0 ? "," : "").append("{\"eventId\":\"").append(idAndEvent[i]).append("\",\"event\":")
                    .append(idAndEvent[i + 1]).append('}');
        }
        return "{\"context\":" + CONTEXT + ",\"events\":[" + events + "]}";
    }

    private JsonNode capture(String by, String argument) {
        return json(peer.as(by).contract.CaptureEpcisEvents(peer.ctx, argument));
    }

    private Set<String> epcisKeys() {
        Set<String> keys = new TreeSet<>();
        peer.state.keySet().stream().filter(k -> k.startsWith("\u0000epcis")).forEach(keys::add);
        return keys;
    }

    @Test
    void anEventIsRecordedWholeUnderItsIdAndNothingElse() {
        String epcs = "\"urn:epc:id:sgtin:0614141.107346.2017\",\"urn:epc:id:sgtin:0614141.107346.2017\"";

        JsonNode answer = capture(DISTRIBUTOR, argument(id(1), shipping(epcs)));

        assertThat(answer.toString()).isEqualTo("{\"duplicates\":[],\"links\":[],\"recorded\":[\"" + id(1) + "\"]}");
        JsonNode record = json(peer.stateText(LedgerKeys.epcisEvent(id(1))));
        assertThat(record.get("capturedAt").asText()).isEqualTo(peer.txTime().toString());
        assertThat(record.get("capturedBy").asText()).isEqualTo(DISTRIBUTOR);
        assertThat(record.get("txId").asText()).isEqualTo(peer.txId());
        assertThat(record.get("eventId").asText()).isEqualTo(id(1));
        assertThat(record.get("context")).isEqualTo(json(CONTEXT));
        assertThat(record.get("event")).isEqualTo(json(shipping(epcs)));
        assertThat(peer.stateText(LedgerKeys.epcisEvent(id(1)))).startsWith("{\"capturedAt\"")
                .contains("\"example:myField\":{\"a\":\"kept\",\"b\":1.5}");

        assertThat(epcisKeys()).as("no query index entry: the read side keeps those")
                .containsExactly(LedgerKeys.epcisEvent(id(1)));
        assertThat(peer.state.keySet()).containsExactly(LedgerKeys.epcisEvent(id(1)));
    }

    @Test
    void aBlankNodeEventIdIsKeptAsGivenAndTheEventIsStoredUnderItsHash() {
        String event = shipping("\"urn:epc:id:sgtin:0614141.107346.1\"")
                .replace("{\"type\"", "{\"eventID\":\"_:event1\",\"type\"");

        JsonNode answer = capture(DISTRIBUTOR, argument(id(1), event));

        assertThat(answer.get("recorded").toString()).isEqualTo("[\"" + id(1) + "\"]");
        JsonNode record = json(peer.stateText(LedgerKeys.epcisEvent(id(1))));
        assertThat(record.get("eventId").asText()).isEqualTo(id(1));
        assertThat(record.at("/event/eventID").asText()).isEqualTo("_:event1");
    }

    @Test
    void aBatchLinkKeyHoldsTheTimeInUtcWithNineFractionDigits() {
        peer.produce("PEAR-1");
        capture(MANUFACTURER, argument(id(1), shipping("\"" + PEAR_DL + "/21/1\"")));

        assertThat(epcisKeys()).containsExactly(
                "\u0000epcis\u0000" + id(1) + "\u0000",
                "\u0000epcis-batch\u0000PEAR-1\u00002005-04-04T02:33:31.116000000Z\u0000" + id(1) + "\u0000");
        assertThat(peer.state.get(LedgerKeys.epcisBatchLink(new BatchId("PEAR-1"),
                Instant.parse("2005-04-04T02:33:31.116Z"), id(1)))).containsExactly(0);
    }

    @Test
    void capturingAgainRecordsNothingAndCountsDuplicates() {
        String first = shipping("\"urn:epc:id:sgtin:0614141.107346.1\"");
        String second = shipping("\"urn:epc:id:sgtin:0614141.107346.2\"");
        capture(MANUFACTURER, argument(id(1), first));
        var before = peer.snapshot();

        JsonNode answer = capture(DISTRIBUTOR, argument(id(1), first, id(2), second, id(2), second));

        assertThat(answer.get("recorded").toString()).isEqualTo("[\"" + id(2) + "\"]");
        assertThat(answer.get("duplicates").toString()).isEqualTo("[\"" + id(1) + "\",\"" + id(2) + "\"]");
        assertThat(json(peer.stateText(LedgerKeys.epcisEvent(id(1)))).get("capturedBy").asText())
                .isEqualTo(MANUFACTURER);
        before.forEach((key, value) -> assertThat(peer.state.get(key)).isEqualTo(value));
    }

    @Test
    void anEventIsLinkedToEachAnchorBatchItNamesByDigitalLinkOrLgtin() {
        peer.produce("PEAR-1");
        String event = shipping("\"" + PEAR_DL + "/21/7\",\"https://id.gs1.org/01/09506000134352/10/NOPE-1\","
                + "\"https://id.gs1.org/01/" + JUICE_GTIN + "/10/PEAR-1\"")
                .replace("urn:epc:class:lgtin:4012345.012345.998877", PEAR_LGTIN);

        capture(DISTRIBUTOR, argument(id(1), event));

        assertThat(epcisKeys()).filteredOn(k -> k.startsWith("\u0000epcis-batch\u0000")).containsExactly(
                LedgerKeys.epcisBatchLink(new BatchId("PEAR-1"), Instant.parse("2005-04-04T02:33:31.116Z"), id(1)));
        assertThat(peer.batch("PEAR-1").get("eventCount").asInt()).isEqualTo(1);
    }

    private void juice(String batchId) {
        peer.as(MANUFACTURER).contract.RecordProduction(peer.ctx, batchId, JUICE_GTIN, "Pear juice", "500", "l",
                "Press house");
    }

    static String transformation(String inputs, String inputQuantities, String outputs) {
        return "{\"type\":\"TransformationEvent\",\"eventTime\":\"2026-11-25T10:00:00Z\","
                + "\"eventTimeZoneOffset\":\"+00:00\",\"bizStep\":\"commissioning\",\"inputEPCList\":[" + inputs
                + "],\"inputQuantityList\":[" + inputQuantities + "],\"outputEPCList\":[" + outputs + "]}";
    }

    @Test
    void aTransformationEventLinksItsInputBatchesToItsOutputsWithoutConsumingThem() {
        peer.produce("PEAR-1");
        peer.produce("PEAR-2");
        juice("JUICE-1");
        String event = transformation("\"" + PEAR_DL + "/21/1\",\"" + PEAR_DL + "/21/2\"",
                "{\"epcClass\":\"urn:epc:class:lgtin:9506000.013435.PEAR-2\",\"quantity\":400,\"uom\":\"KGM\"},"
                        + "{\"epcClass\":\"urn:epc:class:lgtin:9506000.013435.PEAR-2\",\"quantity\":0.5,\"uom\":\"KGM\"}",
                "\"https://id.gs1.org/01/" + JUICE_GTIN + "/10/JUICE-1\"");

        JsonNode answer = capture(MANUFACTURER, argument(id(7), event));

        assertThat(answer.get("links").toString()).isEqualTo("[{\"input\":\"PEAR-1\",\"output\":\"JUICE-1\","
                + "\"quantity\":2,\"txId\":\"" + peer.txId() + "\",\"unit\":\"EA\"},{\"input\":\"PEAR-2\","
                + "\"output\":\"JUICE-1\",\"quantity\":400.5,\"txId\":\"" + peer.txId() + "\",\"unit\":\"KGM\"}]");
        JsonNode back = json(peer.contract.TraceBack(peer.ctx, "JUICE-1"));
        assertThat(back.get("nodes")).extracting(n -> n.get("batchId").asText())
                .containsExactly("JUICE-1", "PEAR-1", "PEAR-2");
        JsonNode forward = json(peer.contract.TraceForward(peer.ctx, "PEAR-2"));
        assertThat(forward.get("nodes")).extracting(n -> n.get("batchId").asText()).containsExactly("PEAR-2", "JUICE-1");
        assertThat(peer.batch("PEAR-2").get("remaining").decimalValue()).isEqualByComparingTo("1200");
        assertThat(peer.batch("PEAR-2").get("eventCount").asInt()).isEqualTo(1);
        assertThat(peer.batch("PEAR-2").get("outputsLinked").asBoolean()).isTrue();
        assertThat(peer.batch("JUICE-1").has("outputsLinked")).isFalse();
        assertThat(epcisKeys()).filteredOn(k -> k.startsWith("\u0000epcis-batch\u0000")).hasSize(3);
    }

    @Test
    void aRecallReachesTheOutputsOfACapturedTransformation() {
        peer.produce("PEAR-1");
        juice("JUICE-1");
        capture(MANUFACTURER, argument(id(7), transformation("\"" + PEAR_DL + "/21/1\"", "",
                "\"https://id.gs1.org/01/" + JUICE_GTIN + "/10/JUICE-1\"")));

        peer.recall(MANUFACTURER, "PEAR-1", "Listeria");

        assertThat(peer.batch("JUICE-1").has("recall")).isTrue();
    }

    @Test
    void onlyInputsTheCapturerHoldsAreLinkedAndExistingLinksAreKept() {
        peer.produce("PEAR-1");
        peer.produce("PEAR-2");
        peer.transform("JUICE-1", "PEAR-2:600");
        String existing = peer.stateText(SimulatedPeer.inputKey("JUICE-1", "PEAR-2"));
        String event = transformation("\"" + PEAR_DL + "/21/1\",\"https://id.gs1.org/01/09506000134352/10/PEAR-2\"", "",
                "\"https://id.gs1.org/01/" + JUICE_GTIN + "/10/JUICE-1\"");

        JsonNode byDistributor = capture(DISTRIBUTOR, argument(id(8), event));
        assertThat(byDistributor.get("links")).isEmpty();
        assertThat(peer.state).doesNotContainKey(SimulatedPeer.inputKey("JUICE-1", "PEAR-1"));

        JsonNode byManufacturer = capture(MANUFACTURER, argument(id(9), event.replace("10:00:00Z", "11:00:00Z")));
        assertThat(byManufacturer.get("links")).extracting(l -> l.get("input").asText()).containsExactly("PEAR-1");
        assertThat(peer.stateText(SimulatedPeer.inputKey("JUICE-1", "PEAR-2"))).isEqualTo(existing);
    }

    @Test
    void anInvalidEventAnywhereRefusesTheWholeCallAndWritesNothing() {
        String good = shipping("\"urn:epc:id:sgtin:0614141.107346.1\"");
        String bad = good.replace("\"OBSERVE\"", "\"LOOK\"");

        String message = peer.refused("INVALID_EPCIS_EVENT",
                () -> peer.as(MANUFACTURER).contract.CaptureEpcisEvents(peer.ctx, argument(id(1), good, id(2), bad)));

        assertThat(message).isEqualTo(
                "INVALID_EPCIS_EVENT: events[1].action: an ObjectEvent needs an action: ADD, OBSERVE or DELETE");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no events|{\"events\":[]}|events: a capture needs at least one event",
            "not JSON|{\"events\":|events: the argument must be",
            "no event list|{\"context\":[]}|events: the argument must be",
            "event not an object|{\"events\":[{\"eventId\":\"x\",\"event\":[]}]}|events[0]: must be an object",
    })
    void aMalformedArgumentIsRefused(String name, String argument, String reason) {
        String message = peer.refused("INVALID_EPCIS_EVENT",
                () -> peer.as(MANUFACTURER).contract.CaptureEpcisEvents(peer.ctx, argument));
        assertThat(message).startsWith("INVALID_EPCIS_EVENT: " + reason);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "eventId not a hash|eventId|ni:///sha-256;abc?ver=CBV2.0|events[0].eventId: must be a CBV 2.0 event hash",
            "unknown type|\"ObjectEvent\"|\"ThingEvent\"|events[0].type: must be one of",
            "no action|\"action\":\"OBSERVE\",|\"x\":1,|events[0].action: an ObjectEvent needs an action",
            "time without offset|-06:00\",\"eventTimeZone|\",\"eventTimeZone|events[0].eventTime: must be a date-time",
            "time not a time|2005-04-03T20:33:31.116|yesterday|events[0].eventTime: must be a date-time",
            "year 10000|2005-04-03T20|+10000-04-03T20|events[0].eventTime: must be a date-time",
            "offset beyond 14:00|\"eventTimeZoneOffset\":\"-06:00\"|\"eventTimeZoneOffset\":\"-15:00\"|"
                    + "events[0].eventTimeZoneOffset: must be an offset",
            "no offset|\"eventTimeZoneOffset\":\"-06:00\",||events[0].eventTimeZoneOffset: must be an offset",
            "epcList not an array|\"epcList\":[|\"epcList\":\"x\",\"y\":[|events[0].epcList: must be an array of strings",
            "EPC not a string|\"epcList\":[|\"epcList\":[7,|events[0].epcList: must be an array of strings",
            "empty EPC|\"epcList\":[|\"epcList\":[\"\",|events[0] EPC: must not be empty",
            "EPC with U+0000|\"epcList\":[|\"epcList\":[\"a\\u0000b\",|events[0] EPC: must not contain U+0000",
            "quantity not a number|\"quantity\":200|\"quantity\":\"200\"|"
                    + "events[0].quantityList[0].quantity: must be a number",
            "quantity without class|\"epcClass\":\"urn:epc:class:lgtin:4012345.012345.998877\",|\"x\":1,|"
                    + "events[0].quantityList[0].epcClass: is required",
            "readPoint not an object|\"readPoint\":{\"id\":\"urn:epc:id:sgln:0614141.07346.1234\"}|\"readPoint\":\"r\"|"
                    + "events[0].readPoint: must be an object",
            "bizStep not a string|\"bizStep\":\"urn:epcglobal:cbv:bizstep:shipping\"|\"bizStep\":[]|"
                    + "events[0].bizStep: must be a string",
    })
    void aStructuralProblemIsRefusedNamingTheField(String name, String replace, String with, String reason) {
        String event = shipping("\"urn:epc:id:sgtin:0614141.107346.1\"");
        String argument = replace.equals("eventId") ? argument(with, event)
                : argument(id(1), event.replace(replace, with == null ? "" : with));

        String message = peer.refused("INVALID_EPCIS_EVENT",
                () -> peer.as(MANUFACTURER).contract.CaptureEpcisEvents(peer.ctx, argument));

        assertThat(message).startsWith("INVALID_EPCIS_EVENT: " + reason);
    }

    @Test
    void anIndexedValueHasAtMost1024Characters() {
        String event = shipping("\"urn:epc:id:sgtin:0614141.107346." + "7".repeat(1024 - 32) + "\"");
        assertThat(capture(MANUFACTURER, argument(id(1), event)).get("recorded")).hasSize(1);

        String longer = shipping("\"urn:epc:id:sgtin:0614141.107346." + "7".repeat(1024 - 31) + "\"");
        String message = peer.refused("INVALID_EPCIS_EVENT",
                () -> peer.as(MANUFACTURER).contract.CaptureEpcisEvents(peer.ctx, argument(id(2), longer)));
        assertThat(message).isEqualTo("INVALID_EPCIS_EVENT: events[0] EPC: must be at most 1024 characters, not 1025");
    }

    @Test
    void aTransformationEventNeedsNoAction() {
        JsonNode answer = capture(MANUFACTURER, argument(id(3), transformation("\"urn:epc:id:sgtin:1.2.3\"", "", "")));
        assertThat(answer.get("recorded")).hasSize(1);
    }

    @Test
    void atMostOneThousandEventsPerCall() {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i <= EpcisCapture.MAX_EVENTS; i++) {
            parts.add(id(i + 1));
            parts.add(shipping("\"urn:epc:id:sgtin:0614141.107346." + i + "\""));
        }
        String message = peer.refused("INVALID_EPCIS_EVENT",
                () -> peer.as(MANUFACTURER).contract.CaptureEpcisEvents(peer.ctx, argument(parts.toArray(String[]::new))));
        assertThat(message).isEqualTo("INVALID_EPCIS_EVENT: events: a capture may hold at most 1000 events, not 1001");
    }

    /** An event whose canonical JSON (written here already sorted and compact) is {@code bytes} long. */
    private static String eventOfSize(int bytes) {
        String empty = "{\"action\":\"OBSERVE\",\"eventTime\":\"2005-04-03T20:33:31.116-06:00\","
                + "\"eventTimeZoneOffset\":\"-06:00\",\"example:blob\":\"\",\"type\":\"ObjectEvent\"}";
        return empty.replace("\"example:blob\":\"\"", "\"example:blob\":\"" + "x".repeat(bytes - empty.length()) + "\"");
    }

    @Test
    void atMost512KibOfEventsWithTheirContextPerCall() {
        int half = EpcisCapture.MAX_CAPTURE_BYTES / 2 - CONTEXT.length();
        assertThat(capture(MANUFACTURER, argument(id(1), eventOfSize(half), id(2), eventOfSize(half)))
                .get("recorded")).hasSize(2);

        String message = peer.refused("EPCIS_CAPTURE_TOO_LARGE", () -> peer.as(MANUFACTURER).contract
                .CaptureEpcisEvents(peer.ctx, argument(id(3), eventOfSize(half), id(4), eventOfSize(half + 1))));
        assertThat(message).isEqualTo("EPCIS_CAPTURE_TOO_LARGE: the events of a capture may hold at most 524288 bytes "
                + "of JSON (each event with the document's @context), not 524289; send fewer events per transaction");
    }
}
