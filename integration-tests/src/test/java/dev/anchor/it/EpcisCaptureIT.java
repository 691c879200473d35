package dev.anchor.it;

import com.fasterxml.jackson.databind.JsonNode;
import dev.anchor.it.CliRunner.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code anchor epcis capture} on the real network: batch links (a batch's trace lists the events that name it) and a
 * TransformationEvent that trace follows, an invalid document that records nothing, a failure in the middle and the
 * re-run that completes it, large events split by bytes and one too large for any transaction refused.
 */
class EpcisCaptureIT {
    private static final String CONTEXT = "[\"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\"]";
    private static final String PEAR_GTIN = "09506000134352";
    private static final String JUICE_GTIN = "09506000134369";
    /** Events of this run have times no earlier run used, so their hashes are new. */
    private static final Instant RUN = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @TempDir
    Path dir;

    @RegisterExtension
    static final TestNetwork network = TestNetwork.open();

    private static Run anchor(String... args) {
        return CliRunner.settled(network, args);
    }

    private static Run ok(String... args) {
        return CliRunner.ok(network, args);
    }

    /** A batch id short enough to be a GS1 batch/lot (AI 10: at most 20 characters), new in every run. */
    private static String batch(String purpose, String gtin) {
        String id = purpose + "-" + Long.toString(System.currentTimeMillis(), 36).toUpperCase()
                + SEQUENCE.incrementAndGet();
        ok("--org", "manufacturer", "batch", "create", "--id", id, "--product", gtin, "--name", purpose,
                "--quantity", "1200", "--unit", "kg", "--site", "Orchard Lane");
        return id;
    }

    private static String time(int second) {
        return RUN.plusSeconds(second).toString();
    }

    static String observe(int second, String epc) {
        return "{\"type\":\"ObjectEvent\",\"action\":\"OBSERVE\",\"eventTime\":\"" + time(second) + "\","
                + "\"eventTimeZoneOffset\":\"+00:00\",\"bizStep\":\"shipping\",\"epcList\":[\"" + epc + "\"]}";
    }

    private Path document(String name, List<String> events) throws Exception {
        return document(name, CONTEXT, events);
    }

    private Path document(String name, String context, List<String> events) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, "{\"@context\":" + context + ",\"type\":\"EPCISDocument\",\"schemaVersion\":\"2.0\","
                + "\"creationDate\":\"" + RUN + "\",\"epcisBody\":{\"eventList\":[" + String.join(",", events) + "]}}",
                StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void capturedEventsLinkToBatchesAndATransformationIsTraced() throws Exception {
        String pear = batch("EP", PEAR_GTIN);
        String juice = batch("EJ", JUICE_GTIN);
        String shipped = observe(1, "https://id.gs1.org/01/" + PEAR_GTIN + "/10/" + pear + "/21/17");
        String pressed = "{\"type\":\"TransformationEvent\",\"eventTime\":\"" + time(2) + "\","
                + "\"eventTimeZoneOffset\":\"+01:00\",\"bizStep\":\"commissioning\","
                + "\"inputQuantityList\":[{\"epcClass\":\"urn:epc:class:lgtin:9506000.013435." + pear + "\","
                + "\"quantity\":600,\"uom\":\"KGM\"}],"
                + "\"outputEPCList\":[\"https://id.gs1.org/01/" + JUICE_GTIN + "/10/" + juice + "/21/1\"]}";
        Path file = document("pears.jsonld", List.of(shipped, pressed));

        JsonNode report = ok("--org", "manufacturer", "epcis", "capture", file.toString(), "--json").json();
        assertThat(report.get("events").asInt()).isEqualTo(2);
        assertThat(report.get("recorded")).hasSize(2);
        assertThat(report.get("duplicates")).isEmpty();

        JsonNode back = ok("--org", "auditor", "trace", juice, "--back", "--json").json();
        assertThat(back.get("nodes")).extracting(n -> n.get("batchId").asText()).containsExactly(juice, pear);
        JsonNode edge = back.get("edges").get(0);
        assertThat(edge.get("quantity").decimalValue()).isEqualByComparingTo("600");
        assertThat(edge.get("unit").asText()).isEqualTo("KGM");
        JsonNode forward = ok("--org", "auditor", "trace", pear, "--forward", "--json").json();
        assertThat(forward.get("nodes")).extracting(n -> n.get("batchId").asText()).containsExactly(pear, juice);

        // the batch's own trace lists the captured events that name it, after its (still verified) hash chain
        String shippedId = report.get("recorded").get(0).asText();
        String pressedId = report.get("recorded").get(1).asText();
        Run text = ok("--org", "auditor", "trace", pear);
        assertThat(text.out()).contains("hash chain: verified (1 event)\ncaptured EPCIS events (2):\n");
        List<String> lines = text.out().lines().dropWhile(l -> !l.startsWith("captured EPCIS events")).skip(1).toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains(time(1), "ObjectEvent", "OBSERVE", "shipping", "manufacturer").endsWith(shippedId);
        assertThat(lines.get(1)).contains("TransformationEvent", "commissioning", "manufacturer").endsWith(pressedId);
        JsonNode traced = ok("--org", "auditor", "trace", pear, "--json").json();
        assertThat(traced.get("verification").get("intact").asBoolean()).isTrue();
        assertThat(traced.get("epcisEvents")).extracting(e -> e.get("eventId").asText()).containsExactly(shippedId, pressedId);
        JsonNode first = traced.get("epcisEvents").get(0);
        assertThat(first.get("type").asText()).isEqualTo("ObjectEvent");
        assertThat(first.get("eventTime").asText()).isEqualTo(time(1));
        assertThat(first.get("capturedBy").asText()).isEqualTo("ManufacturerMSP");
        assertThat(first.get("event").get("epcList").get(0).asText()).endsWith("/10/" + pear + "/21/17");
        assertThat(ok("--org", "auditor", "trace", juice, "--json").json().get("epcisEvents"))
                .extracting(e -> e.get("eventId").asText()).containsExactly(pressedId);

        Run again = ok("--org", "retailer", "epcis", "capture", file.toString());
        assertThat(again.out()).startsWith("0 recorded, 2 duplicates (2 events in 1 transactions)");
    }

    @Test
    void anInvalidDocumentIsRefusedWithEachProblemAndRecordsNothing() throws Exception {
        List<String> events = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            events.add(observe(10 + i, "urn:epc:id:sgtin:0614141.107346." + i));
        }
        List<String> broken = new ArrayList<>(events);
        broken.add(observe(13, "urn:epc:id:sgtin:0614141.107346.3").replace("OBSERVE", "LOOK"));

        Run refused = anchor("--org", "distributor", "epcis", "capture",
                document("broken.jsonld", broken).toString(), "--events-per-tx", "1");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("problem: $.epcisBody.eventList[3].action: ")
                .contains("error: INVALID_EPCIS_DOCUMENT: the document is not valid EPCIS 2.0");
        Run valid = ok("--org", "distributor", "epcis", "capture", document("valid.jsonld", events).toString());
        assertThat(valid.out()).as("none of the valid events was recorded by the refused capture")
                .startsWith("3 recorded, 0 duplicates");
    }

    @Test
    void aFailureInTheMiddleIsReportedAndARerunCompletesTheRest() throws Exception {
        List<String> events = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            events.add(observe(20 + i, "urn:epc:id:sgtin:0614141.107347." + i));
        }
        List<String> failing = new ArrayList<>(events);
        // valid for the schema (which bounds no URI's length), refused by the chaincode: an indexed value (here the
        // business location) has at most 1024 characters
        failing.set(2, observe(22, "urn:epc:id:sgtin:0614141.107347.2").replace("}",
                ",\"bizLocation\":{\"id\":\"https://example.com/location/" + "2".repeat(1100) + "\"}}"));

        Run failed = anchor("--org", "distributor", "epcis", "capture",
                document("failing.jsonld", failing).toString(), "--events-per-tx", "2");

        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.err()).contains("recorded: 2 events, 0 duplicates, in 1 transactions; "
                + "not recorded: 2 of 4 events; run the same command again to record them")
                .contains("error: INVALID_EPCIS_EVENT: events 3 to 4 of 4 were not recorded");

        Run rerun = ok("--org", "distributor", "epcis", "capture", document("fixed.jsonld", events).toString(),
                "--events-per-tx", "2");
        assertThat(rerun.out()).startsWith("2 recorded, 2 duplicates (4 events in 2 transactions)");
    }

    @Test
    void largeEventsGoInSmallerTransactionsAndOneTooLargeForAnyIsRefusedBeforeAnythingIsSent() throws Exception {
        String context = "[\"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\","
                + "{\"example\":\"http://ns.example.com/epcis/\"}]";
        List<String> large = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            large.add(observe(30 + i, "urn:epc:id:sgtin:0614141.107348." + i)
                    .replace("}", ",\"example:report\":\"" + "r".repeat(200_000) + "\"}"));
        }

        Run split = ok("--org", "distributor", "epcis", "capture", document("large.jsonld", context, large).toString());

        assertThat(split.out()).as("two 200 kB events fit in 512 KiB, three do not")
                .startsWith("3 recorded, 0 duplicates (3 events in 2 transactions)");

        List<String> small = List.of(observe(40, "urn:epc:id:sgtin:0614141.107348.40"),
                observe(42, "urn:epc:id:sgtin:0614141.107348.42"));
        List<String> oneTooLarge = List.of(small.get(0), observe(41, "urn:epc:id:sgtin:0614141.107348.41")
                .replace("}", ",\"example:report\":\"" + "r".repeat(600_000) + "\"}"), small.get(1));
        Run refused = anchor("--org", "distributor", "epcis", "capture",
                document("too-large.jsonld", context, oneTooLarge).toString());

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("problem: $.epcisBody.eventList[1]: is 600")
                .contains("error: EPCIS_CAPTURE_TOO_LARGE: event 2 of 3 is 600")
                .contains("nothing was recorded");
        assertThat(ok("--org", "distributor", "epcis", "capture", document("small.jsonld", context, small).toString())
                .out()).as("the refused document recorded none of its events").startsWith("2 recorded, 0 duplicates");
    }
}
