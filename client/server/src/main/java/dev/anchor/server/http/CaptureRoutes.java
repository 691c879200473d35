package dev.anchor.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.epcis.EpcisCaptureException;
import dev.anchor.client.epcis.EpcisCaptureReport;
import dev.anchor.client.epcis.EpcisEvents;
import dev.anchor.client.epcis.EpcisProblem;
import dev.anchor.client.epcis.EpcisSchema;
import dev.anchor.server.capture.CaptureError;
import dev.anchor.server.capture.CaptureJob;
import dev.anchor.server.capture.CaptureJournal;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionException;

/**
 * {@code /capture}: a document is checked whole before it is accepted (JSON, the official EPCIS 2.0 schema, the
 * capture limits, and the SDK's own checks of its events), so a refused document records nothing; an accepted one
 * is answered 202 with its job's {@code Location} and captured in the background ({@link CaptureJournal}).
 *
 * <p>{@code GS1-Capture-Error-Behaviour}: the ledger cannot undo committed transactions, so a capture that fails
 * midway keeps what committed (capturing the document again records the rest, the rest counting as duplicates).
 * That is {@code proceed}; {@code rollback} is refused.
 */
final class CaptureRoutes {
    /** The most schema problems named in one answer. */
    private static final int MAX_PROBLEMS_SHOWN = 20;
    private static final String ERROR_BEHAVIOUR = "proceed";

    private final ObjectMapper mapper = new ObjectMapper();
    private final CaptureJournal journal;
    private final CaptureLimits limits;
    private final String serverMspId;

    CaptureRoutes(CaptureJournal journal, CaptureLimits limits, String serverMspId) {
        this.journal = journal;
        this.limits = limits;
        this.serverMspId = serverMspId;
    }

    void register(RoutesConfig routes) {
        routes.options("/capture", ctx -> {
            EpcisHeaders.discovery(ctx, "OPTIONS, POST, GET");
            limitHeaders().forEach(ctx::header);
            ctx.header("GS1-Capture-Error-Behaviour", ERROR_BEHAVIOUR);
            ctx.status(204);
        });
        routes.post("/capture", this::capture);
        routes.get("/capture", this::list);
        routes.options("/capture/{captureID}", ctx -> {
            job(ctx);
            EpcisHeaders.discovery(ctx, "OPTIONS, GET");
            ctx.status(204);
        });
        routes.get("/capture/{captureID}", ctx -> JsonAnswers.ok(ctx, json(job(ctx))));
        routes.post("/events", this::captureEvent);
    }

    /**
     * {@code POST /events}: one event, captured synchronously. 201 with the event's {@code Location}
     * ({@code /events/{its CBV 2.0 hash}}) once its transaction has committed; 409 when that event is on the ledger
     * already (nothing is written twice); the same refusals as {@code /capture}.
     */
    private void captureEvent(Context ctx) {
        Access.requireWriter(ctx, serverMspId, "capture");
        ContentNegotiation.jsonType(ctx);
        requireJsonBody(ctx);
        JsonNode event = parse(body(ctx));
        if (event.path("type").asText().startsWith("EPCIS")) {
            throw new EpcisHttpException(EpcisExceptionType.VALIDATION, "POST /events takes one event (with its "
                    + "@context), not an " + event.path("type").asText() + "; capture documents with POST /capture");
        }
        List<EpcisProblem> problems = EpcisSchema.validate(event);
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        EpcisCaptureReport report;
        try {
            report = journal.captureNow(event);
        } catch (EpcisCaptureException e) {
            if (e.errorCode() == ErrorCode.EPCIS_CAPTURE_TOO_LARGE || e.errorCode() == ErrorCode.INVALID_EPCIS_DOCUMENT) {
                throw refused(e);
            }
            if (e.errorCode() == ErrorCode.INVALID_EPCIS_EVENT) {
                throw new EpcisHttpException(EpcisExceptionType.VALIDATION, e.getMessage());
            }
            throw e;
        }
        String location = "/events/" + URLEncoder.encode(report.recorded().isEmpty() ? report.duplicates().get(0)
                : report.recorded().get(0), StandardCharsets.UTF_8);
        EpcisHeaders.versions(ctx);
        ctx.header("Location", location);
        if (report.recorded().isEmpty()) {
            throw new EpcisHttpException(EpcisExceptionType.ALREADY_EXISTS, "the event is on the ledger already, as "
                    + report.duplicates().get(0) + " (" + location + "); nothing was written",
                    Map.of("Location", location));
        }
        JsonAnswers.ok(ctx, event);
        ctx.status(201);
    }

    private void capture(Context ctx) {
        Access.requireWriter(ctx, serverMspId, "capture");
        ContentNegotiation.jsonType(ctx);
        requireJsonBody(ctx);
        String behaviour = ctx.header("GS1-Capture-Error-Behaviour");
        if (behaviour != null && !behaviour.isBlank() && !behaviour.trim().equals(ERROR_BEHAVIOUR)) {
            throw new EpcisHttpException(EpcisExceptionType.VALIDATION, "GS1-Capture-Error-Behaviour is \""
                    + behaviour + "\", but this server can only proceed: transactions committed to the ledger "
                    + "cannot be rolled back; send \"proceed\" or no such header");
        }
        JsonNode document = parse(body(ctx));
        List<EpcisProblem> problems = EpcisSchema.validate(document);
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        int events = EpcisEvents.of(document).map(List::size).orElse(0);
        if (events > limits.maxEvents()) {
            throw tooLarge("the document holds " + events + " events; this server captures at most "
                    + limits.maxEvents() + " per request (GS1-EPCIS-Capture-Limit); split it");
        }
        CaptureJob job;
        try {
            job = journal.start(document).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof EpcisCaptureException refused) {
                throw refused(refused);
            }
            throw e;
        }
        EpcisHeaders.versions(ctx);
        ctx.header("Location", "/capture/" + job.captureId());
        ctx.status(202);
    }

    private static void requireJsonBody(Context ctx) {
        String type = ctx.contentType();
        String media = type == null ? "" : type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (!media.equals(ContentNegotiation.JSON) && !media.equals(ContentNegotiation.JSON_LD)) {
            throw new EpcisHttpException(EpcisExceptionType.UNSUPPORTED_MEDIA_TYPE, "Content-Type is \""
                    + (type == null ? "" : type) + "\"; capture takes an EPCIS document as " + ContentNegotiation.JSON
                    + " or " + ContentNegotiation.JSON_LD);
        }
    }

    /** Reads the body, refusing one past the size limit without reading more than the limit. */
    private byte[] body(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > limits.maxBytes()) {
            throw tooLarge(declared);
        }
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
            if (body.length > limits.maxBytes()) {
                throw tooLarge(body.length);
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode parse(byte[] body) {
        try {
            JsonNode document = mapper.readTree(body);
            if (document == null || document.isMissingNode()) {
                throw new EpcisHttpException(EpcisExceptionType.VALIDATION, "the body is empty; capture takes an "
                        + "EPCIS document");
            }
            return document;
        } catch (JsonProcessingException e) {
            throw new EpcisHttpException(EpcisExceptionType.VALIDATION, "the body is not JSON: "
                    + e.getOriginalMessage() + " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + "); nothing was captured");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EpcisHttpException invalid(List<EpcisProblem> problems) {
        StringBuilder detail = new StringBuilder("the document is not valid EPCIS 2.0 (").append(problems.size())
                .append(problems.size() == 1 ? " problem" : " problems").append("); nothing was captured: ");
        for (int i = 0; i < Math.min(problems.size(), MAX_PROBLEMS_SHOWN); i++) {
            detail.append(i == 0 ? "" : "; ").append(problems.get(i));
        }
        if (problems.size() > MAX_PROBLEMS_SHOWN) {
            detail.append("; and ").append(problems.size() - MAX_PROBLEMS_SHOWN).append(" more");
        }
        return new EpcisHttpException(EpcisExceptionType.VALIDATION, detail.toString());
    }

    /** The SDK refused the document before sending anything. */
    private EpcisHttpException refused(EpcisCaptureException e) {
        if (e.errorCode() == ErrorCode.EPCIS_CAPTURE_TOO_LARGE) {
            return new EpcisHttpException(EpcisExceptionType.CAPTURE_LIMIT_EXCEEDED, e.getMessage(), limitHeaders());
        }
        if (e.problems().isEmpty()) {
            return new EpcisHttpException(EpcisExceptionType.VALIDATION, e.getMessage());
        }
        return invalid(e.problems());
    }

    private EpcisHttpException tooLarge(long bytes) {
        return tooLarge("the document is " + bytes + " bytes; this server captures at most " + limits.maxBytes()
                + " bytes per request (GS1-EPCIS-Capture-File-Size-Limit); split it");
    }

    private EpcisHttpException tooLarge(String detail) {
        return new EpcisHttpException(EpcisExceptionType.CAPTURE_LIMIT_EXCEEDED, detail, limitHeaders());
    }

    private Map<String, String> limitHeaders() {
        return Map.of("GS1-EPCIS-Capture-Limit", String.valueOf(limits.maxEvents()),
                "GS1-EPCIS-Capture-File-Size-Limit", String.valueOf(limits.maxBytes()));
    }

    private void list(Context ctx) {
        Paging paging = Paging.of(ctx);
        List<CaptureJob> jobs = journal.jobs();
        int from = paging.token().map(token -> offset(token, jobs.size())).orElse(0);
        int to = Math.min(jobs.size(), from + paging.perPage());
        ArrayNode list = mapper.createArrayNode();
        jobs.subList(from, to).forEach(job -> list.add(json(job)));
        EpcisHeaders.versions(ctx);
        Paging.linkNext(ctx, to < jobs.size() ? java.util.Optional.of(String.valueOf(to)) : java.util.Optional.empty());
        JsonAnswers.ok(ctx, list);
    }

    /** A capture list's page token is the position of the page's first job. */
    private static int offset(String token, int size) {
        try {
            int offset = Integer.parseInt(token);
            if (offset >= 0 && offset <= size) {
                return offset;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new EpcisHttpException(EpcisExceptionType.QUERY_PARAMETER, "nextPageToken \"" + token
                + "\" was not given out by GET /capture");
    }

    private CaptureJob job(Context ctx) {
        String id = ctx.pathParam("captureID");
        return journal.job(id).orElseThrow(() -> new EpcisHttpException(EpcisExceptionType.NO_SUCH_RESOURCE,
                "no capture job " + id + " (jobs are kept in memory, the " + CaptureJournal.MAX_JOBS + " most recent, "
                        + "and not across a restart of the server; the events they captured are on the ledger)"));
    }

    /** The spec's {@code CaptureJob}, and what the job did in Anchor's words ({@code anchor:progress}). */
    private ObjectNode json(CaptureJob job) {
        ObjectNode json = mapper.createObjectNode();
        json.put("captureID", job.captureId());
        json.put("createdAt", job.createdAt().toString());
        job.finishedAt().ifPresent(at -> json.put("finishedAt", at.toString()));
        json.put("running", job.running());
        json.put("success", job.success());
        json.put("captureErrorBehaviour", ERROR_BEHAVIOUR);
        ArrayNode errors = json.putArray("errors");
        for (CaptureError error : job.errors()) {
            errors.add(Problems.body(EpcisExceptionType.IMPLEMENTATION, error.errorCode() + ": " + error.detail(),
                    null));
        }
        ObjectNode progress = json.putObject("anchor:progress");
        progress.put("events", job.progress().events());
        progress.put("recorded", job.progress().recorded().size());
        progress.put("duplicates", job.progress().duplicates().size());
        job.progress().transactionIds().forEach(progress.putArray("transactionIds")::add);
        return json;
    }
}
