package dev.anchor.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchor.client.AnchorClient;
import dev.anchor.client.Organization;
import dev.anchor.client.custody.ProductionRecord;
import dev.anchor.client.epcis.CapturedEpcisEvent;
import dev.anchor.client.provenance.Provenance;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The commands against the in-memory network: what they call, print, and return. */
class CommandsTest {
    private final ObjectMapper json = new ObjectMapper();
    private final FakeNetwork net = FakeNetwork.pearStory();
    private final CliRun cli = new CliRun();

    CommandsTest() {
        cli.clients = net::client;
    }

    @Test
    void batchCreateRecordsProductionAsTheChosenOrganisation() {
        AnchorClient client = mock(AnchorClient.class);
        when(client.recordProduction(new ProductionRecord("PLUM-7", "09506000134352", "Plums",
                new BigDecimal("12.5"), "kg", "Hill farm")))
                .thenReturn(net.client(Organization.MANUFACTURER).recordProduction(new ProductionRecord("PLUM-7",
                        "09506000134352", "Plums", new BigDecimal("12.5"), "kg", "Hill farm")));

        CliRun.Result r = cli.client(client).run("batch", "create", "--id", "PLUM-7", "--product", "09506000134352",
                "--name", "Plums", "--quantity", "12.5", "--unit", "kg", "--site", "Hill farm");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("Recorded batch PLUM-7: 12.5 kg of Plums (GTIN 09506000134352) at Hill farm, "
                + "held by manufacturer (ManufacturerMSP)\ntransaction: ");
        verify(client).close();
    }

    @Test
    void batchCreateJsonHasTheTransactionIdAndTheBatch() throws Exception {
        CliRun.Result r = cli.run("batch", "create", "--id", "PLUM-8", "--product", "09506000134352",
                "--name", "Plums", "--quantity", "0.000001", "--unit", "t", "--site", "Hill farm", "--json");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out().strip()).doesNotContain("\n");
        JsonNode o = json.readTree(r.out());
        assertThat(o.get("transactionId").asText()).hasSize(64);
        assertThat(o.get("batch").get("batchId").asText()).isEqualTo("PLUM-8");
        assertThat(o.get("batch").get("custodian").asText()).isEqualTo("ManufacturerMSP");
        assertThat(r.out()).contains("\"quantity\":0.000001");
    }

    @Test
    void batchShowPrintsTheBatch() {
        CliRun.Result r = cli.run("--org", "auditor", "batch", "show", "PEAR-1");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Batch PEAR-1", "producer:   manufacturer (ManufacturerMSP)",
                "custodian:  distributor (DistributorMSP)", "pending:    no handoff pending");
        assertThat(cli.connectedAs).containsExactly(Organization.AUDITOR);
    }

    @Test
    void batchShowJsonIsTheLedgerObject() throws Exception {
        CliRun.Result r = cli.run("batch", "show", "PEAR-1", "--json");

        JsonNode o = json.readTree(r.out());
        assertThat(o.get("batchId").asText()).isEqualTo("PEAR-1");
        assertThat(o.get("eventCount").asInt()).isEqualTo(5);
    }

    @Test
    void handoffAcceptAndRejectActAsTheChosenOrganisation() throws Exception {
        CliRun.Result offered = cli.run("--org", "distributor", "handoff", "PEAR-1", "--to", "retailer");
        assertThat(offered.exitCode()).isZero();
        assertThat(offered.out()).startsWith("Handoff of batch PEAR-1 to retailer (RetailerMSP) initiated by "
                + "distributor (DistributorMSP); waiting for retailer to accept or reject\ntransaction: ");

        CliRun.Result rejected = cli.run("--org", "retailer", "reject", "PEAR-1", "--reason", "boxes crushed", "--json");
        assertThat(rejected.exitCode()).isZero();
        assertThat(json.readTree(rejected.out()).get("batch").get("custodian").asText()).isEqualTo("DistributorMSP");

        cli.run("--org", "distributor", "handoff", "PEAR-1", "--to", "retailer");
        CliRun.Result accepted = cli.run("--org", "retailer", "accept", "PEAR-1");
        assertThat(accepted.out()).startsWith("Accepted batch PEAR-1: custodian is now retailer (RetailerMSP)");

        Provenance p = net.client(Organization.AUDITOR).getProvenance("PEAR-1");
        assertThat(p.events().get(6).detail("reason")).contains("boxes crushed");
        assertThat(p.verify().intact()).isTrue();
    }

    @Test
    void refusalFromTheLedgerIsReported() {
        CliRun.Result r = cli.run("--org", "retailer", "handoff", "PEAR-1", "--to", "manufacturer");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("error: NOT_CUSTODIAN: batch PEAR-1 is held by DistributorMSP\n");
    }

    @Test
    void traceVerifiesAndExits0() {
        CliRun.Result r = cli.run("trace", "PEAR-1");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("Trace of batch PEAR-1 (5 events, oldest first)\n")
                .endsWith("hash chain: verified (5 events)\n");
    }

    @Test
    void traceJsonIsOneObjectWithRawEventsAndTheVerdict() throws Exception {
        CliRun.Result r = cli.run("trace", "PEAR-1", "--json");

        assertThat(r.exitCode()).isZero();
        JsonNode o = json.readTree(r.out());
        assertThat(o.get("batchId").asText()).isEqualTo("PEAR-1");
        assertThat(o.get("events")).hasSize(5);
        assertThat(o.get("events").get(0).get("type").asText()).isEqualTo("PRODUCED");
        assertThat(o.get("events").get(0).get("hash").asText()).hasSize(64);
        assertThat(o.get("verification").toString()).isEqualTo("{\"intact\":true,\"eventsChecked\":5}");
    }

    @Test
    void traceOfATamperedChainSaysBrokenAndExits4() throws Exception {
        AnchorClient honest = net.client(Organization.AUDITOR);
        Provenance p = honest.getProvenance("PEAR-1");
        List<String> events = new ArrayList<>();
        p.events().forEach(e -> events.add(e.json()));
        events.set(2, events.get(2).replace("temperature log missing", "all fine"));
        Provenance tampered = Provenance.fromJson("{\"batchId\":\"PEAR-1\",\"events\":[" + String.join(",", events) + "]}");
        AnchorClient client = mock(AnchorClient.class);
        when(client.getBatch("PEAR-1")).thenReturn(honest.getBatch("PEAR-1"));
        when(client.getProvenance("PEAR-1")).thenReturn(tampered);
        when(client.epcisEventsOfBatch("PEAR-1")).thenReturn(List.of(shipped()));
        cli.client(client);

        CliRun.Result text = cli.run("trace", "PEAR-1");
        CliRun.Result asJson = cli.run("trace", "PEAR-1", "--json");

        assertThat(text.exitCode()).as("captured events do not change the verdict").isEqualTo(ExitCodes.CHAIN_BROKEN);
        assertThat(text.out()).contains("reason: all fine")
                .contains("hash chain: BROKEN at event 3: hash mismatch")
                .contains("captured EPCIS events (1):");
        assertThat(asJson.exitCode()).isEqualTo(4);
        JsonNode v = json.readTree(asJson.out()).get("verification");
        assertThat(v.get("intact").asBoolean()).isFalse();
        assertThat(v.get("eventsChecked").asInt()).isEqualTo(2);
        assertThat(v.get("brokenAtSeq").asLong()).isEqualTo(3);
        assertThat(v.get("problem").asText()).startsWith("hash mismatch");
    }

    private static final String SHIPPED_ID = "ni:///sha-256;" + "a1".repeat(32) + "?ver=CBV2.0";
    private static final String INSPECTED_ID = "ni:///sha-256;" + "b2".repeat(32) + "?ver=CBV2.0";

    private static CapturedEpcisEvent captured(String id, String mspId, String event) throws Exception {
        return new CapturedEpcisEvent(id, mspId, Instant.parse("2026-11-25T16:00:00Z"), "tx-epcis",
                (ObjectNode) new ObjectMapper().readTree(event), null);
    }

    private static CapturedEpcisEvent shipped() throws Exception {
        return captured(SHIPPED_ID, "DistributorMSP", "{\"type\":\"ObjectEvent\",\"action\":\"OBSERVE\","
                + "\"eventTime\":\"2026-11-25T16:30:00.000+01:00\",\"eventTimeZoneOffset\":\"+01:00\","
                + "\"bizStep\":\"urn:epcglobal:cbv:bizstep:shipping\",\"disposition\":\"in_transit\","
                + "\"epcList\":[\"https://id.gs1.org/01/09506000134352/10/PEAR-1/21/7\"],\"example:temp\":4.50}");
    }

    @Test
    void traceListsTheCapturedEpcisEventsOfTheBatchAfterTheChain() throws Exception {
        net.linkCapturedEvent("PEAR-1", shipped());
        net.linkCapturedEvent("PEAR-1", captured(INSPECTED_ID, "AuditorMSP", "{\"type\":\"TransformationEvent\","
                + "\"eventTime\":\"2026-11-26T08:00:00Z\",\"eventTimeZoneOffset\":\"+00:00\","
                + "\"inputQuantityList\":[{\"epcClass\":\"urn:epc:class:lgtin:9506000.013435.PEAR-1\"}]}"));

        CliRun.Result r = cli.run("trace", "PEAR-1");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("Trace of batch PEAR-1 (5 events, oldest first)\n")
                .contains("hash chain: verified (5 events)\ncaptured EPCIS events (2):\n")
                .endsWith("captured EPCIS events (2):\n"
                        + "  2026-11-25T16:30:00.000+01:00  ObjectEvent          OBSERVE  shipping  in_transit  distributor  "
                        + SHIPPED_ID + "\n"
                        + "  2026-11-26T08:00:00Z           TransformationEvent  -        -         -           auditor      "
                        + INSPECTED_ID + "\n");
    }

    @Test
    void traceJsonHasTheCapturedEpcisEventsAsCaptured() throws Exception {
        net.linkCapturedEvent("PEAR-1", shipped());

        CliRun.Result r = cli.run("trace", "PEAR-1", "--json");

        assertThat(r.exitCode()).isZero();
        JsonNode o = json.readTree(r.out());
        assertThat(o.get("events")).hasSize(5);
        assertThat(o.get("verification").get("intact").asBoolean()).isTrue();
        assertThat(o.get("epcisEvents")).hasSize(1);
        JsonNode event = o.get("epcisEvents").get(0);
        assertThat(event.get("eventId").asText()).isEqualTo(SHIPPED_ID);
        assertThat(event.get("type").asText()).isEqualTo("ObjectEvent");
        assertThat(event.get("eventTime").asText()).isEqualTo("2026-11-25T16:30:00.000+01:00");
        assertThat(event.get("capturedBy").asText()).isEqualTo("DistributorMSP");
        assertThat(event.get("capturedAt").asText()).isEqualTo("2026-11-25T16:00:00Z");
        assertThat(event.get("transactionId").asText()).isEqualTo("tx-epcis");
        assertThat(event.get("event")).isEqualTo(json.readTree(shipped().event().toString()));
    }

    @Test
    void traceJsonOfABatchNoEventNamesHasAnEmptyList() throws Exception {
        CliRun.Result r = cli.run("trace", "PEAR-1", "--json");

        assertThat(json.readTree(r.out()).get("epcisEvents")).isEmpty();
    }
}
