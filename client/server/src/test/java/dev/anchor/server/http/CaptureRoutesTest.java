package dev.anchor.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.epcis.EpcisCaptureException;
import dev.anchor.client.epcis.EpcisCaptureReport;
import dev.anchor.client.epcis.EpcisCapturer;
import dev.anchor.client.epcis.EpcisProblem;
import dev.anchor.client.epcis.EpcisSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class CaptureRoutesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JSON_TYPE = "application/json";

    private EpcisTestServer server = new EpcisTestServer();

    @AfterEach
    void stop() {
        server.close();
    }

    static String document(String eventTime) {
        return """
                {"@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],
                 "type": "EPCISDocument", "schemaVersion": "2.0", "creationDate": "2026-12-03T10:00:00Z",
                 "epcisBody": {"eventList": [
                   {"type": "ObjectEvent", "eventTime": "%s", "eventTimeZoneOffset": "+00:00",
                    "epcList": ["urn:epc:id:sgtin:0614141.107346.2018"], "action": "OBSERVE", "bizStep": "shipping"}
                 ]}}""".formatted(eventTime);
    }

    /** The capturer checks the document, then records every event in one transaction. */
    @SuppressWarnings("unchecked")
    private void captureRecordsEverything() {
        when(server.capturer.captureEpcis(any(), anyInt(), anyInt(), any())).thenAnswer(call -> {
            Consumer<EpcisCaptureReport> progress = call.getArgument(3);
            progress.accept(new EpcisCaptureReport(1, List.of(), List.of(), List.of()));
            EpcisCaptureReport done = new EpcisCaptureReport(1, List.of("ni:///sha-256;1?ver=CBV2.0"), List.of(),
                    List.of("tx1"));
            progress.accept(done);
            return done;
        });
    }

    private JsonNode finished(String location) {
        for (int i = 0; i < 500; i++) {
            JsonNode job = server.get(location).json();
            if (!job.path("running").asBoolean()) {
                return job;
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("the capture job " + location + " did not finish");
    }

    private static final String EVENT = """
            {"@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],
             "type": "ObjectEvent", "eventTime": "2026-12-03T09:00:00Z", "eventTimeZoneOffset": "+00:00",
             "epcList": ["urn:epc:id:sgtin:0614141.107346.2018"], "action": "OBSERVE", "bizStep": "shipping"}""";

    @Test
    void oneEventPostedToEventsIsCapturedAtOnceAndLocatedByItsHash() throws IOException {
        when(server.capturer.captureEpcis(any(), anyInt(), eq(1), any())).thenReturn(new EpcisCaptureReport(1,
                List.of("ni:///sha-256;1?ver=CBV2.0"), List.of(), List.of("tx1")));

        HttpExchange answer = server.send("POST", "/events", EVENT, "Content-Type", JSON_TYPE);

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.header("Location")).isEqualTo("/events/ni%3A%2F%2F%2Fsha-256%3B1%3Fver%3DCBV2.0");
        assertThat(answer.json()).isEqualTo(JSON.readTree(EVENT));
        verify(server.capturer).captureEpcis(eq(JSON.readTree(EVENT)), anyInt(), eq(1), any());
    }

    @Test
    void anEventOnTheLedgerAlreadyIs409WithItsLocation() {
        when(server.capturer.captureEpcis(any(), anyInt(), eq(1), any())).thenReturn(new EpcisCaptureReport(1,
                List.of(), List.of("ni:///sha-256;1?ver=CBV2.0"), List.of("tx2")));

        HttpExchange answer = server.send("POST", "/events", EVENT, "Content-Type", JSON_TYPE);

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.header("Location")).isEqualTo("/events/ni%3A%2F%2F%2Fsha-256%3B1%3Fver%3DCBV2.0");
        assertThat(answer.json().path("detail").asText()).contains("on the ledger already")
                .contains("nothing was written");
    }

    @Test
    void eventsTakesOneEventNotADocumentAndOnlyFromTheServersOrganisation() {
        HttpExchange document = server.sendBad("POST", "/events", document("2026-12-03T09:00:00Z"),
                "Content-Type", JSON_TYPE);
        HttpExchange foreign = server.send("POST", "/events", EVENT, "Content-Type", JSON_TYPE,
                EpcisTestServer.CALLER_HEADER, "RetailerMSP");

        assertThat(document.status()).isEqualTo(400);
        assertThat(document.json().path("detail").asText()).contains("POST /events takes one event")
                .contains("POST /capture");
        assertThat(foreign.status()).isEqualTo(403);
        verify(server.capturer, never()).captureEpcis(any(), anyInt(), anyInt(), any());
    }

    @Test
    void acceptsADocumentAndCapturesItInTheBackground() throws IOException {
        captureRecordsEverything();

        HttpExchange answer = server.send("POST", "/capture", document("2026-12-03T09:00:00Z"),
                "Content-Type", JSON_TYPE);

        assertThat(answer.status()).isEqualTo(202);
        String location = answer.header("Location");
        assertThat(location).matches("/capture/[0-9a-f-]{36}");
        JsonNode job = finished(location);
        assertThat(job.path("captureID").asText()).isEqualTo(location.substring("/capture/".length()));
        assertThat(job.path("success").asBoolean()).isTrue();
        assertThat(job.path("errors")).isEmpty();
        assertThat(job.path("finishedAt").asText()).isNotEmpty();
        assertThat(job.path("anchor:progress").path("recorded").asInt()).isEqualTo(1);
        assertThat(job.path("anchor:progress").path("transactionIds").get(0).asText()).isEqualTo("tx1");
        verify(server.capturer).captureEpcis(eq(JSON.readTree(document("2026-12-03T09:00:00Z"))),
                eq(EpcisCapturer.DEFAULT_EVENTS_PER_TRANSACTION), eq(EpcisCapturer.DEFAULT_TRANSACTIONS_IN_FLIGHT),
                any());

        JsonNode list = server.get("/capture").json();
        assertThat(list).hasSize(1);
        assertThat(list.get(0).path("captureID").asText()).isEqualTo(job.path("captureID").asText());
    }

    @Test
    void aDocumentCapturedBeforeIsAnsweredAsCaptured() {
        when(server.capturer.captureEpcis(any(), anyInt(), anyInt(), any())).thenAnswer(call -> {
            Consumer<EpcisCaptureReport> progress = call.getArgument(3);
            progress.accept(new EpcisCaptureReport(1, List.of(), List.of(), List.of()));
            return new EpcisCaptureReport(1, List.of(), List.of("ni:///sha-256;1?ver=CBV2.0"), List.of("tx2"));
        });

        HttpExchange answer = server.send("POST", "/capture", document("2026-12-03T09:00:00Z"),
                "Content-Type", JSON_TYPE);

        JsonNode job = finished(answer.header("Location"));
        assertThat(job.path("success").asBoolean()).isTrue();
        assertThat(job.path("anchor:progress").path("duplicates").asInt()).isEqualTo(1);
    }

    @Test
    void aFailedTransactionFailsTheJobWithAProblem() {
        when(server.capturer.captureEpcis(any(), anyInt(), anyInt(), any())).thenAnswer(call -> {
            Consumer<EpcisCaptureReport> progress = call.getArgument(3);
            progress.accept(new EpcisCaptureReport(1, List.of(), List.of(), List.of()));
            throw new EpcisCaptureException(ErrorCode.COMMIT_FAILED, "events 1 to 1 of 1 were not recorded",
                    "tx3", List.of(), new EpcisCaptureReport(1, List.of(), List.of(), List.of()), null);
        });

        HttpExchange answer = server.send("POST", "/capture", document("2026-12-03T09:00:00Z"),
                "Content-Type", JSON_TYPE);

        JsonNode job = finished(answer.header("Location"));
        assertThat(job.path("success").asBoolean()).isFalse();
        assertThat(job.path("errors").get(0).path("type").asText()).isEqualTo("epcisException:ImplementationException");
        assertThat(job.path("errors").get(0).path("detail").asText())
                .isEqualTo("COMMIT_FAILED: events 1 to 1 of 1 were not recorded");
    }

    @Test
    void malformedJsonIsRefusedNamingWhere() {
        HttpExchange answer = server.sendBad("POST", "/capture", "{\"type\": \"EPCISDocument\",",
                "Content-Type", JSON_TYPE);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("type").asText()).isEqualTo("epcisException:ValidationException");
        assertThat(answer.json().path("detail").asText()).startsWith("the body is not JSON: ").contains("line 1");
        verify(server.capturer, never()).captureEpcis(any(), anyInt(), anyInt(), any());
    }

    @Test
    void aSchemaFailureIsRefusedNamingThePath() {
        String invalid = document("2026-12-03T09:00:00Z").replace("\"OBSERVE\"", "\"WATCH\"");

        HttpExchange answer = server.sendBad("POST", "/capture", invalid, "Content-Type", JSON_TYPE);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("detail").asText()).contains("$.epcisBody.eventList[0].action")
                .contains("nothing was captured");
        verify(server.capturer, never()).captureEpcis(any(), anyInt(), anyInt(), any());
    }

    @Test
    void aBadDateIsRefused() {
        HttpExchange answer = server.sendBad("POST", "/capture", document("3 December 2026"),
                "Content-Type", JSON_TYPE);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("detail").asText()).contains("$.epcisBody.eventList[0].eventTime");
    }

    @Test
    void aDocumentThatTheSdkRefusesBeforeSendingIsRefusedAndLeavesNoJob() {
        when(server.capturer.captureEpcis(any(), anyInt(), anyInt(), any())).thenThrow(new EpcisCaptureException(
                ErrorCode.EPCIS_CAPTURE_TOO_LARGE, "event 1 of 1 is 600000 bytes of JSON", null,
                List.of(new EpcisProblem("$.epcisBody.eventList[0]", "is 600000 bytes")),
                new EpcisCaptureReport(0, List.of(), List.of(), List.of()), null));

        HttpExchange answer = server.send("POST", "/capture", document("2026-12-03T09:00:00Z"),
                "Content-Type", JSON_TYPE);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.json().path("type").asText()).isEqualTo("epcisException:CaptureLimitExceededException");
        assertThat(answer.json().path("detail").asText()).isEqualTo("event 1 of 1 is 600000 bytes of JSON");
        assertThat(server.get("/capture").json()).isEmpty();
    }

    @Test
    void aDocumentOverTheSizeLimitIsRefusedNamingTheLimit() {
        server.close();
        server = new EpcisTestServer(new CaptureLimits(10, 200));

        HttpExchange answer = server.send("POST", "/capture", document("2026-12-03T09:00:00Z"),
                "Content-Type", JSON_TYPE);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.json().path("type").asText()).isEqualTo("epcisException:CaptureLimitExceededException");
        assertThat(answer.json().path("detail").asText()).contains("at most 200 bytes");
        assertThat(answer.header("GS1-EPCIS-Capture-File-Size-Limit")).isEqualTo("200");
        verify(server.capturer, never()).captureEpcis(any(), anyInt(), anyInt(), any());
    }

    @Test
    void aDocumentOverTheEventLimitIsRefusedNamingTheLimit() throws IOException {
        server.close();
        server = new EpcisTestServer(new CaptureLimits(1, 1_000_000));
        ObjectNode two = (ObjectNode) JSON.readTree(document("2026-12-03T09:00:00Z"));
        two.withArray("/epcisBody/eventList").add(two.at("/epcisBody/eventList/0").deepCopy());

        HttpExchange answer = server.send("POST", "/capture", two.toString(), "Content-Type", JSON_TYPE);

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.json().path("detail").asText()).contains("2 events", "at most 1 per request");
    }

    @Test
    void anotherOrganisationMayNotCapture() {
        HttpExchange answer = server.send("POST", "/capture", document("2026-12-03T09:00:00Z"),
                "Content-Type", JSON_TYPE, EpcisTestServer.CALLER_HEADER, "RetailerMSP");

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.json().path("type").asText()).isEqualTo("epcisException:SecurityException");
        assertThat(answer.json().path("detail").asText()).contains("RetailerMSP", "DistributorMSP");
        verify(server.capturer, never()).captureEpcis(any(), anyInt(), anyInt(), any());
        assertThat(server.get("/capture", EpcisTestServer.CALLER_HEADER, "RetailerMSP").status()).isEqualTo(200);
    }

    @Test
    void anUnknownCaptureJobIsNotFound() {
        HttpExchange answer = server.get("/capture/no-such-job");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().path("detail").asText()).contains("no capture job no-such-job");
    }

    @Test
    void optionsAnnouncesTheCaptureLimits() {
        HttpExchange answer = server.send("OPTIONS", "/capture", null);

        assertThat(answer.status()).isEqualTo(204);
        assertThat(answer.header("GS1-EPCIS-Capture-Limit")).isEqualTo("10000");
        assertThat(answer.header("GS1-EPCIS-Capture-File-Size-Limit")).isEqualTo(String.valueOf(16 * 1024 * 1024));
        assertThat(answer.header("GS1-Capture-Error-Behaviour")).isEqualTo("proceed");
    }

    @TestFactory
    Stream<DynamicTest> everyOfficialExampleIsAcceptedOrRefusedAsTheSchemaSays() throws IOException {
        Path dir = SharedEpcis.dir().map(d -> d.resolve("JSON")).orElse(Path.of("missing"));
        assumeTrue(Files.isDirectory(dir), "the GS1 EPCIS examples (shared/epcis/JSON) are not on this machine");
        captureRecordsEverything();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".jsonld")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(10);
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : files) {
            tests.add(DynamicTest.dynamicTest(dir.relativize(file).toString(), () -> {
                String text = Files.readString(file);
                List<EpcisProblem> problems = EpcisSchema.validate(text);
                HttpExchange answer = (problems.isEmpty() ? server.send("POST", "/capture", text,
                        "Content-Type", "application/ld+json") : server.sendBad("POST", "/capture", text,
                        "Content-Type", "application/ld+json"));
                if (problems.isEmpty()) {
                    assertThat(answer.status()).as(answer.body()).isEqualTo(202);
                } else {
                    assertThat(answer.status()).isEqualTo(400);
                    assertThat(answer.json().path("detail").asText()).contains(problems.get(0).path());
                }
            }));
        }
        return tests.stream();
    }
}
