package dev.anchor.cli.epcis;

import dev.anchor.cli.CliRun;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchor.client.AnchorClient;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.Organization;
import dev.anchor.client.TransactionRefusedException;
import dev.anchor.client.epcis.EpcisQuery;
import dev.anchor.client.epcis.EpcisQueryPage;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** anchor epcis query. */
class EpcisCommandsTest {
    private final AnchorClient client = mock(AnchorClient.class);
    private final CliRun cli = new CliRun().client(client);

    EpcisCommandsTest() {
        when(client.organization()).thenReturn(Organization.AUDITOR);
    }

    private static ObjectNode document() throws Exception {
        return (ObjectNode) new ObjectMapper().readTree("{\"type\":\"EPCISQueryDocument\",\"epcisBody\":{\"queryResults\":"
                + "{\"resultsBody\":{\"eventList\":[{\"type\":\"ObjectEvent\"}]}}}}");
    }

    @Test
    void everyParameterOptionGoesIntoTheQuery() throws Exception {
        EpcisQuery expected = EpcisQuery.all().with("eventType", "ObjectEvent", "AggregationEvent")
                .with("EQ_bizStep", "shipping").with("EQ_disposition", "in_transit")
                .with("EQ_bizLocation", "urn:epc:id:sgln:0614141.07346.0").with("EQ_readPoint", "urn:epc:id:sgln:0614141.07346.1234")
                .with("MATCH_epc", "urn:epc:idpat:sgtin:0614141.107346.*", "urn:epc:id:sgtin:1.2.3")
                .with("MATCH_anyEPC", "urn:epc:id:sscc:0614141.1234567890").with("MATCH_epcClass", "c1")
                .with("MATCH_anyEPCClass", "c2")
                .from(Instant.parse("2026-01-01T00:00:00Z")).before(Instant.parse("2026-02-01T00:00:00Z"));
        when(client.queryEpcis(expected, 20, "B1")).thenReturn(new EpcisQueryPage(document(), Optional.of("B2")));

        CliRun.Result r = cli.run("--org", "auditor", "epcis", "query", "--eventType", "ObjectEvent|AggregationEvent",
                "--GE_eventTime", "2026-01-01T00:00:00Z", "--LT_eventTime", "2026-02-01T00:00:00Z",
                "--EQ_bizStep", "shipping", "--EQ_disposition", "in_transit",
                "--EQ_bizLocation", "urn:epc:id:sgln:0614141.07346.0", "--EQ_readPoint", "urn:epc:id:sgln:0614141.07346.1234",
                "--MATCH_epc", "urn:epc:idpat:sgtin:0614141.107346.*", "--MATCH_epc", "urn:epc:id:sgtin:1.2.3",
                "--MATCH_anyEPC", "urn:epc:id:sscc:0614141.1234567890", "--MATCH_epcClass", "c1",
                "--MATCH_anyEPCClass", "c2", "--page-size", "20", "--bookmark", "B1");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(new ObjectMapper().readTree(r.out()).get("type").asText()).isEqualTo("EPCISQueryDocument");
        assertThat(r.err()).isEqualTo("more events follow: --bookmark B2\n");
    }

    @Test
    void aPageThatHoldsNoEventStillSaysWhereTheNextStarts() throws Exception {
        ObjectNode empty = (ObjectNode) new ObjectMapper().readTree("{\"type\":\"EPCISQueryDocument\",\"epcisBody\":"
                + "{\"queryResults\":{\"resultsBody\":{\"eventList\":[]}}}}");
        when(client.queryEpcis(EpcisQuery.all().with("EQ_bizStep", "shipping"), 100, null))
                .thenReturn(new EpcisQueryPage(empty, Optional.of("B7")));

        CliRun.Result r = cli.run("epcis", "query", "--EQ_bizStep", "shipping");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(new ObjectMapper().readTree(r.out()).at("/epcisBody/queryResults/resultsBody/eventList")).isEmpty();
        assertThat(r.err()).isEqualTo("more events follow: --bookmark B7\n");
    }

    @Test
    void allFollowsEveryPage() throws Exception {
        when(client.queryEpcis(EpcisQuery.all())).thenReturn(new EpcisQueryPage(document(), Optional.empty()));

        CliRun.Result r = cli.run("epcis", "query", "--all");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"eventList\"");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aRefusalIsOneLine() {
        when(client.queryEpcis(any(EpcisQuery.class), anyInt(), isNull())).thenThrow(new TransactionRefusedException(
                ErrorCode.INVALID_EPCIS_QUERY, "parameter GE_eventTime \"yesterday\" is not a date-time", "tx-1", null));

        CliRun.Result r = cli.run("epcis", "query", "--GE_eventTime", "yesterday");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("error: INVALID_EPCIS_QUERY: parameter GE_eventTime \"yesterday\" is not a date-time\n");
    }

    @Test
    void exportPrintsTheDocumentOrWritesItToAFile() throws Exception {
        ObjectNode exported = (ObjectNode) new ObjectMapper().readTree("{\"type\":\"EPCISDocument\",\"epcisBody\":"
                + "{\"eventList\":[{\"type\":\"ObjectEvent\"},{\"type\":\"AggregationEvent\"}]}}");
        when(client.exportEpcis("PEAR-001")).thenReturn(exported);

        CliRun.Result printed = cli.run("epcis", "export", "PEAR-001");
        assertThat(printed.exitCode()).as(printed.err()).isZero();
        assertThat(new ObjectMapper().readTree(printed.out())).isEqualTo(exported);

        java.nio.file.Path file = java.nio.file.Files.createTempFile("export", ".jsonld");
        CliRun.Result written = cli.run("epcis", "export", "PEAR-001", "--output", file.toString());
        assertThat(written.exitCode()).as(written.err()).isZero();
        assertThat(written.out()).isEqualTo("Wrote 2 EPCIS events of batch PEAR-001 to " + file + "\n");
        assertThat(new ObjectMapper().readTree(file.toFile())).isEqualTo(exported);
        java.nio.file.Files.delete(file);
    }

    @Test
    void exportOfAnUnknownBatchIsOneLine() {
        when(client.exportEpcis("PEAR-404")).thenThrow(new TransactionRefusedException(ErrorCode.BATCH_NOT_FOUND,
                "batch PEAR-404 does not exist", "tx-2", null));

        CliRun.Result r = cli.run("epcis", "export", "PEAR-404");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("error: BATCH_NOT_FOUND: batch PEAR-404 does not exist\n");
    }
}
