package dev.anchor.server.http;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolverFactory;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.whitelist.ValidationErrorsWhitelist;
import io.swagger.v3.oas.models.PathItem;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.allOf;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.anyOf;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.isResponse;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.messageContainsRegexp;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.messageContainsSubstring;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.messageHasKey;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.methodIs;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.pathContainsRegexp;
import static com.atlassian.oai.validator.whitelist.rule.WhitelistRules.responseStatusIs;

/**
 * GS1's openapi.yaml (the copy the server serves) as a contract every request and answer of the HTTP tests must
 * keep, checked with swagger-request-validator. Two things are changed offline: the spec's references to the EPCIS
 * JSON Schema on GS1's web site ({@code JSON-Schema-Stub.json#/definitions/X}, a draft-07 schema that an OpenAPI 3.0
 * validator cannot apply) are left open here, and EPCIS documents are checked against the official schema itself by
 * {@link EpcisTestServer} with the SDK's {@code EpcisSchema}; the examples fetched from the web are dropped; and the
 * query schedule's patterns, in Ruby's regular expressions, are written in ECMA 262 ({@link #SCHEDULE_PATTERN}).
 * Whitelisted are only the places where the GS1 spec contradicts itself or the EPCIS standard, and two limits of the
 * validator; each rule says why. The integration tests of {@code anchor serve} use it too (this module's test-jar).
 */
public final class OpenApiContract {
    private static final String STUB = "https://gs1.github.io/EPCIS/REST%20Bindings/JSON-Schema-Stub.json";
    /**
     * The query schedule's fields (second, minute, ...) as GS1 means them, a list of values and ranges [a-b], in ECMA
     * 262: GS1 writes them in Ruby's syntax ({@code \g<element>}), which no JSON Schema validator reads.
     */
    private static final String SCHEDULE_PATTERN =
            "pattern: \"^(\\\\d{1,2}|\\\\[\\\\d{1,2}-\\\\d{1,2}\\\\])(,(\\\\d{1,2}|\\\\[\\\\d{1,2}-\\\\d{1,2}\\\\]))*$\"";

    private final OpenApiInteractionValidator validator;

    public OpenApiContract() {
        try {
            Path dir = Files.createTempDirectory("epcis-openapi");
            String spec;
            try (InputStream in = EpcisApp.class.getResourceAsStream("openapi.yaml")) {
                spec = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            spec = spec.replace("- $ref: '" + STUB + "#/definitions/epcisDocument'", documentType("EPCISDocument"))
                    .replace("- $ref: '" + STUB + "#/definitions/epcisQueryDocument'",
                            documentType("EPCISQueryDocument"))
                    .replaceAll("\\$ref: '" + Pattern.quote(STUB) + "#/definitions/(bizStep|disposition|error-reason|"
                            + "measurementType)'", "type: string")
                    .replaceAll("\\$ref: '" + Pattern.quote(STUB) + "#/definitions/([^']*)'",
                            "description: 'EPCIS JSON Schema $1, checked with EpcisSchema'")
                    .replaceAll("\\$ref: '(https://gs1\\.github\\.io/EPCIS/(JSON|XML|JSON-Schema)/[^']*)'",
                            "description: 'example $1 not fetched offline'")
                    .replaceAll("pattern: \"\\(\\\\\\\\g<element>[^\"]*\"", 
                            Matcher.quoteReplacement(SCHEDULE_PATTERN));
            Path yaml = dir.resolve("openapi.yaml");
            Files.writeString(yaml, spec);
            validator = OpenApiInteractionValidator.createFor(yaml.toUri().toString())
                    .withWhitelist(whitelist())
                    // OpenAPI's own semantics: an object takes members its schema does not name unless it says
                    // additionalProperties: false (EPCIS is extensible); the validator's default is stricter
                    .withLevelResolver(LevelResolverFactory.withAdditionalPropertiesIgnored())
                    .withResolveCombinators(true)
                    .build();
        } catch (OpenApiInteractionValidator.ApiLoadException e) {
            throw new IllegalStateException("openapi.yaml does not load: " + e.getParseMessages());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stands for a document definition: only its type, so that /capture's oneOf tells the two apart. */
    private static String documentType(String type) {
        return "- {type: object, required: [type], properties: {type: {type: string, enum: [" + type + "]}}}";
    }

    private static ValidationErrorsWhitelist whitelist() {
        return ValidationErrorsWhitelist.create()
                // The spec's own Link example ('<https://…>; rel="next"', RFC 8288) is no URI, yet its schema has
                // format: uri; the header can only be written as the spec's example and description say.
                // Paths the spec does not have (an unknown path, /openapi.yaml itself) are outside the contract.
                .withRule("path not in the spec", messageHasKey("validation.request.path.missing"))
                // GS1 declares the version headers (GS1-EPCIS-Version, -Min, -Max, GS1-CBV-…) as an allOf without a
                // type, so the validator reads "2.0.0" as JSON (a number, or no JSON at all) and never as the string
                // of the pattern ^\d+(\.\d+)*$ it is.
                .withRule("version headers typed by allOf only", allOf(anyOf(
                        messageHasKey("validation.response.header.schema.invalidJson"),
                        messageHasKey("validation.request.parameter.schema.allOf"),
                        messageHasKey("validation.response.header.schema.allOf")), messageContainsSubstring("2.")))
                // GET /events' eventType is an array of EPCISEventTypes, which GS1 types by an anyOf only (one of
                // the five event types, or a URI), so the validator reads "ObjectEvent" as JSON, never as a string.
                .withRule("event types typed by anyOf only", allOf(
                        messageHasKey("validation.request.parameter.schema.invalidJson"),
                        messageContainsRegexp("Unrecognized token '(\\w+Event|https?|urn)'")))
                // Not GS1's error but the validator's: it does not read header objects (GS1-Extensions is
                // "type: object", style simple, explode: "anchor=urn:anchor:epcis:") and parses them as JSON.
                .withRule("GS1-Extensions header object", allOf(
                        messageHasKey("validation.response.header.schema.invalidJson"),
                        messageContainsSubstring("Unrecognized token 'anchor'")))
                // EPCIS 2.0 (section 12) names application/ld+json for JSON-LD; the spec lists only application/json.
                .withRule("JSON-LD media type", allOf(anyOf(
                        messageHasKey("validation.response.contentType.notAllowed"),
                        messageHasKey("validation.request.contentType.notAllowed")),
                        messageContainsSubstring("application/ld+json")))
                .withRule("Link header is RFC 8288, not a bare URI", allOf(isResponse(),
                        messageHasKey("validation.response.header.schema.format.uri"),
                        messageContainsSubstring("; rel=\"next\"")))
                // GET /events says itself that its list "is not exhaustive": the standard's parameters with
                // flexible names (an extension field prefix:name, a unit of measure) cannot be listed.
                .withRule("flexible query parameter names", allOf(
                        messageHasKey("validation.request.parameter.query.unexpected"),
                        messageContainsRegexp("Query parameter '[A-Za-z_]+_(\\w+:\\w+|[A-Z0-9]{2,4})' is unexpected")))
                // Anchor's own answer option, not a query parameter: ?verify=true checks each answered event against
                // the ledger (docs/epcis-rest.md); the spec leaves room for it ("is not exhaustive").
                .withRule("Anchor's verify option", allOf(
                        messageHasKey("validation.request.parameter.query.unexpected"),
                        messageContainsSubstring("Query parameter 'verify' is unexpected")))
                // 404ResourceNotFound's example is NoSuchResourceException (a missing event), its enum has only
                // NoSuchNameException (a missing query); EPCIS 2.0 has both.
                .withRule("404 NoSuchResourceException", allOf(isResponse(), responseStatusIs(404),
                        messageContainsSubstring("NoSuchResourceException")))
                // 409ResourceAlreadyExistsException's status enum says 406 (a copy-paste of 406NotAcceptable).
                .withRule("409 status enum says 406", allOf(isResponse(), responseStatusIs(409),
                        messageContainsSubstring("409")))
                // CaptureJob's oneOf {errors} / {errorFile} has no required member, so every job matches both
                // alternatives and no job can pass a oneOf.
                .withRule("CaptureJob oneOf matches both", allOf(isResponse(),
                        pathContainsRegexp("^/capture"), messageHasKey("validation.response.body.schema.oneOf")))
                // EPCISEventsQuery is "type: object" but also carries "items", so the parser makes it an array
                // schema; its own example (and query-schema.json) is an object.
                .withRule("EPCISEventsQuery with items", allOf(anyOf(
                        messageHasKey("validation.request.body.schema.type"),
                        messageHasKey("validation.response.body.schema.type")),
                        messageContainsRegexp("\\[Path '(/\\d+)?/query'\\] Instance type \\(object\\)")))
                // GET /queries/{queryName} has schema "type: array" but its example and description are one
                // query definition object.
                .withRule("GET /queries/{name} is one object", allOf(isResponse(), methodIs(PathItem.HttpMethod.GET),
                        pathContainsRegexp("^/queries/[^/]+$"), messageHasKey("validation.response.body.schema.type")))
                // The spec lists no 400 for GET /events, GET /capture and POST /queries, though EPCIS requires a
                // QueryParameterException (or ValidationException) there (/eventTypes/{t}/events has 400QueryIssues).
                .withRule("400 not listed", allOf(isResponse(), responseStatusIs(400),
                        messageHasKey("validation.response.status.unknown"),
                        pathContainsRegexp("^/(events|capture|queries)$")))
                // Nor for POST /queries/{name}/subscriptions, though its description calls a subscription without
                // stream or schedule invalid (EPCIS: SubscriptionControlsException), nor for a plain GET of
                // /queries/{name}/events with subscription controls and no WebSocket upgrade.
                .withRule("400 SubscriptionControlsException not listed", allOf(isResponse(), responseStatusIs(400),
                        messageHasKey("validation.response.status.unknown"),
                        pathContainsRegexp("^/queries/[^/]+/(subscriptions|events)$")))
                // A subscription is allOf [AbstractQuerySubscription(Response), oneOf [QueryScheduleSubscription
                // (required schedule), QueryStreamSubscription (required stream)]]: the validator, resolving the
                // combinators, requires the members of both alternatives, so no subscription can pass; each is one
                // of the two ("mutually exclusive", says the spec), which the server checks itself.
                .withRule("subscription oneOf resolved as both", allOf(anyOf(
                        messageHasKey("validation.request.body.schema.required"),
                        messageHasKey("validation.response.body.schema.required")),
                        messageContainsRegexp("missing required properties \\(\\[\"(schedule|stream)\"\\]\\)"),
                        pathContainsRegexp("^/queries/[^/]+/subscriptions")))
                // 400SubscriptionIssues (GET /queries/{name}/subscriptions) gives application/json, yet every other
                // error of the binding, and RFC 7807, is application/problem+json.
                .withRule("400SubscriptionIssues media type", allOf(isResponse(), responseStatusIs(400),
                        messageHasKey("validation.response.contentType.notAllowed"),
                        messageContainsSubstring("application/problem+json"),
                        pathContainsRegexp("^/queries/[^/]+/(subscriptions|events)$")));
    }

    /**
     * Checks a request alone, one whose answer is no HTTP answer (a WebSocket upgrade).
     *
     * @param headers the request's headers: name, value, name, value, ...
     * @throws AssertionError listing every violation of the contract
     */
    public void checkRequest(String method, String pathAndQuery, String body, String... headers) {
        checkRequest(request(method, pathAndQuery, body, headers));
    }

    private void checkRequest(Request request) {
        ValidationReport report = validator.validateRequest(request);
        if (report.hasErrors()) {
            throw new AssertionError("not as openapi.yaml says: " + request.getMethod() + " " + request.getPath()
                    + "\n" + report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                    .map(m -> m.getKey() + ": " + m.getMessage()).collect(Collectors.joining("\n")));
        }
    }

    /**
     * Checks one HTTP exchange.
     *
     * @param method       the request's method
     * @param pathAndQuery the path as sent on the wire (percent-encoded), with its query string
     * @param body         the request's body, or null
     * @param response     the answer
     * @param checkRequest checked too unless the test sends a bad request on purpose (then only the answer is)
     * @param headers      the request's headers: name, value, name, value, ...
     * @throws AssertionError listing every violation of the contract
     */
    public void check(String method, String pathAndQuery, String body, HttpResponse<String> response,
                      boolean checkRequest, String... headers) {
        check(request(method, pathAndQuery, body, headers), response(response), checkRequest);
    }

    private static Request request(String method, String pathAndQuery, String body, String... headers) {
        String[] parts = pathAndQuery.split("\\?", 2);
        SimpleRequest.Builder request = new SimpleRequest.Builder(method, parts[0]);
        if (parts.length > 1) {
            Map<String, List<String>> query = new LinkedHashMap<>();
            for (String pair : parts[1].split("&")) {
                String[] kv = pair.split("=", 2);
                query.computeIfAbsent(decode(kv[0]), k -> new ArrayList<>()).add(kv.length > 1 ? decode(kv[1]) : "");
            }
            query.forEach(request::withQueryParam);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.withHeader(headers[i], headers[i + 1]);
        }
        if (body != null) {
            request.withBody(body);
        }
        return request.build();
    }

    private static SimpleResponse response(HttpResponse<String> response) {
        SimpleResponse.Builder builder = new SimpleResponse.Builder(response.statusCode());
        response.headers().map().forEach((name, values) -> {
            if (!name.startsWith(":")) {
                builder.withHeader(name, values);
            }
        });
        if (!response.body().isEmpty()) {
            builder.withBody(response.body());
        }
        return builder.build();
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /**
     * @param request  checked too unless the test sends a bad request on purpose (then only the answer is)
     * @throws AssertionError listing every violation of the contract
     */
    private void check(Request request, Response response, boolean checkRequest) {
        ValidationReport report = checkRequest ? validator.validate(request, response)
                : validator.validateResponse(request.getPath(), request.getMethod(), response);
        if (report.hasErrors()) {
            throw new AssertionError("not as openapi.yaml says: " + request.getMethod() + " " + request.getPath()
                    + " -> " + response.getStatus() + "\n" + report.getMessages().stream()
                    .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                    .map(m -> m.getKey() + ": " + m.getMessage() + " " + m.getNestedMessages())
                    .collect(Collectors.joining("\n")) + "\nanswer: " + response.getResponseBody()
                    .map(b -> { try { return b.toString(StandardCharsets.UTF_8); } catch (IOException e) {
                        return "?"; } }).orElse(""));
        }
    }
}
