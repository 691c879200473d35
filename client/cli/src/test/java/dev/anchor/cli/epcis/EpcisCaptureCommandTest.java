package dev.anchor.cli.epcis;

import dev.anchor.cli.CliRun;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.anchor.client.AnchorClient;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.TransactionRefusedException;
import dev.anchor.client.epcis.EpcisCaptureException;
import dev.anchor.client.epcis.EpcisCaptureReport;
import dev.anchor.client.epcis.EpcisProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** {@code anchor epcis capture}: what it sends, prints and returns. */
class EpcisCaptureCommandTest {
    private final ObjectMapper json = new ObjectMapper();
    private final CliRun cli = new CliRun();
    private final AnchorClient client = mock(AnchorClient.class);

    @TempDir
    Path dir;

    private Path file(String content) throws Exception {
        Path file = dir.resolve("doc.jsonld");
        Files.writeString(file, content);
        return file;
    }

    @Test
    void capturesTheDocumentAndCountsRecordedAndDuplicates() throws Exception {
        Path doc = file("{\"type\":\"EPCISDocument\"}");
        when(client.captureEpcis(eq(json.readTree("{\"type\":\"EPCISDocument\"}")), eq(50), eq(4), any()))
                .thenReturn(new EpcisCaptureReport(3, List.of("a", "b"), List.of("c"), List.of("tx1")));

        CliRun.Result r = cli.client(client).run("--org", "distributor", "epcis", "capture", doc.toString(),
                "--events-per-tx", "50");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("2 recorded, 1 duplicates (3 events in 1 transactions)\n");
        verify(client).close();
    }

    @Test
    void jsonListsTheIds() throws Exception {
        Path doc = file("{\"type\":\"ObjectEvent\"}");
        when(client.captureEpcis(any(), eq(100), eq(4), any()))
                .thenReturn(new EpcisCaptureReport(1, List.of("a"), List.of(), List.of("tx1")));

        CliRun.Result r = cli.client(client).run("epcis", "capture", doc.toString(), "--json");

        JsonNode out = json.readTree(r.out());
        assertThat(out.toString()).isEqualTo(
                "{\"events\":1,\"recorded\":[\"a\"],\"duplicates\":[],\"transactionIds\":[\"tx1\"]}");
    }

    @Test
    void anInvalidDocumentPrintsEachProblemThenTheError() throws Exception {
        Path doc = file("{\"type\":\"EPCISDocument\"}");
        when(client.captureEpcis(any(), anyInt(), anyInt(), any())).thenThrow(new EpcisCaptureException(
                ErrorCode.INVALID_EPCIS_DOCUMENT, "the document is not valid EPCIS 2.0 (2 problems); nothing was recorded",
                null, List.of(new EpcisProblem("$.epcisBody.eventList[0]", "required property 'eventTime' not found"),
                        new EpcisProblem("$.epcisBody.eventList[1].action", "does not match the regex pattern ^ADD$")),
                new EpcisCaptureReport(0, List.of(), List.of(), List.of()), null));

        CliRun.Result r = cli.client(client).run("epcis", "capture", doc.toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.errLines()).containsExactly(
                "problem: $.epcisBody.eventList[0]: required property 'eventTime' not found",
                "problem: $.epcisBody.eventList[1].action: does not match the regex pattern ^ADD$",
                "error: INVALID_EPCIS_DOCUMENT: the document is not valid EPCIS 2.0 (2 problems); nothing was recorded");
    }

    @Test
    void aFailureInTheMiddleSaysWhatWasRecordedAndHowToFinish() throws Exception {
        Path doc = file("{\"type\":\"EPCISDocument\"}");
        TransactionRefusedException refused = new TransactionRefusedException(ErrorCode.INVALID_EPCIS_EVENT,
                "events[0].eventTime: must be a date-time", "tx2", null);
        when(client.captureEpcis(any(), anyInt(), anyInt(), any())).thenThrow(new EpcisCaptureException(
                ErrorCode.INVALID_EPCIS_EVENT, "events 101 to 200 of 250 were not recorded: ...", "tx2", List.of(),
                new EpcisCaptureReport(250, List.of("a"), List.of("b"), List.of("tx1")), refused));

        CliRun.Result r = cli.client(client).run("epcis", "capture", doc.toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.errLines()).containsExactly("recorded: 1 events, 1 duplicates, in 1 "
                        + "transactions; not recorded: 248 of 250 events; run the same command again to record them",
                "error: INVALID_EPCIS_EVENT: events 101 to 200 of 250 were not recorded: ...");
    }

    @Test
    void aFileThatIsNotJsonIsRefusedBeforeConnecting() throws Exception {
        CliRun.Result r = cli.client(client).run("epcis", "capture", file("{not json").toString());

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).startsWith("error: INVALID_EPCIS_DOCUMENT: ");
        verify(client, never()).captureEpcis(any(), anyInt(), anyInt(), any());
    }

    @Test
    void theTransactionSizeIsBounded() throws Exception {
        CliRun.Result r = cli.client(client).run("epcis", "capture", file("{}").toString(), "--events-per-tx", "0");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("error: USAGE: --events-per-tx must be 1 to 1000");
    }

    @Test
    void transactionsInFlightGoToTheSdkAndAreBounded() throws Exception {
        Path doc = file("{\"type\":\"ObjectEvent\"}");
        when(client.captureEpcis(any(), eq(100), eq(1), any()))
                .thenReturn(new EpcisCaptureReport(1, List.of("a"), List.of(), List.of("tx1")));

        CliRun.Result one = cli.client(client).run("epcis", "capture", doc.toString(), "--in-flight", "1");
        CliRun.Result many = cli.client(client).run("epcis", "capture", doc.toString(), "--in-flight", "17");

        assertThat(one.exitCode()).as(one.err()).isZero();
        assertThat(one.out()).isEqualTo("1 recorded, 0 duplicates (1 events in 1 transactions)\n");
        assertThat(many.exitCode()).isEqualTo(2);
        assertThat(many.err()).startsWith("error: USAGE: --in-flight must be 1 to 16");
    }
}
