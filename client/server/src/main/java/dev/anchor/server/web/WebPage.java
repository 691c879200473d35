package dev.anchor.server.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.anchor.client.AnchorClient;
import dev.anchor.server.access.AccessTokens;
import dev.anchor.server.access.Authentication;
import dev.anchor.server.access.Caller;
import dev.anchor.server.http.EpcisExceptionType;
import dev.anchor.server.http.EpcisHttpException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;

import java.net.URI;
import java.time.Clock;
import java.util.Objects;

/**
 * The auditor's and quality manager's web page of {@code anchor serve}, at {@code /}: find a batch, see its
 * timeline, supply graph, holders, hash chain verdict, recall and acknowledgements, captured EPCIS events and
 * evidence; check a file against the evidence; download the proof bundle and the EPCIS export; follow new events
 * live; acknowledge a recall when the server's organisation holds the batch. The page reads everything through the
 * JSON routes under {@code /ui/api/}, which the server answers with its own {@link AnchorClient}; what a caller may
 * read there is what it may read through the EPCIS routes (any member), and the one write is the server
 * organisation's.
 *
 * <pre>{@code
 * WebPage web = new WebPage(ledger, tokens, "DistributorMSP", Clock.systemUTC());
 * Javalin.create(config -> {
 *     config.routes.before(web.access(authentication));
 *     web.register(config);
 * });
 * }</pre>
 */
public final class WebPage {
    /** The page's JSON routes. */
    static final String API = "/ui/api/";
    private static final ObjectMapper JSON = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private final AnchorClient ledger;
    private final AccessTokens tokens;
    private final String serverMspId;
    private final Clock clock;
    private final PageResources page = new PageResources();
    private final LiveBatchEvents live;

    public WebPage(AnchorClient ledger, AccessTokens tokens, String serverMspId, Clock clock) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.serverMspId = Objects.requireNonNull(serverMspId, "serverMspId");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.live = new LiveBatchEvents(ledger);
    }

    /** The before handler to install instead of {@code authentication} itself (see {@link BrowserAccess}). */
    public BrowserAccess access(Authentication authentication) {
        return new BrowserAccess(authentication, tokens, clock, page);
    }

    /** Registers the page's files, its JSON routes and its live event stream (started and stopped with the server). */
    public void register(JavalinConfig config) {
        config.staticFiles.add(files -> {
            files.hostedPath = "/web";
            files.directory = "/web";
            files.location = Location.CLASSPATH;
            files.headers.put("Cache-Control", "no-cache");
            files.headers.put("X-Content-Type-Options", "nosniff");
        });
        config.staticFiles.enableWebjars();
        BrowserLogin login = new BrowserLogin(tokens, serverMspId, clock);
        BatchRoutes batches = new BatchRoutes(ledger, serverMspId);
        config.routes.post(BrowserLogin.LOGIN, login::login);
        config.routes.post(BrowserLogin.LOGOUT, login::logout);
        config.routes.get(BrowserLogin.SESSION, login::current);
        config.routes.get(API + "find", batches::find);
        config.routes.get(API + "batches/{batchId}", batches::view);
        config.routes.get(API + "batches/{batchId}/evidence/{sha256}", batches::evidence);
        config.routes.get(API + "batches/{batchId}/proof", batches::proof);
        config.routes.get(API + "batches/{batchId}/epcis", batches::export);
        config.routes.post(API + "batches/{batchId}/recall-acknowledgement", batches::acknowledge);
        config.routes.sse(API + "live", live::follow);
        config.events.serverStarted(live::start);
        // the pages' connections close while Jetty still holds their requests
        config.events.serverStopping(live::close);
    }

    /** @return the caller authentication left on the request; 401 when there is none */
    static Caller caller(Context ctx) {
        Caller caller = ctx.attribute(Caller.ATTRIBUTE);
        if (caller == null) {
            throw new EpcisHttpException(EpcisExceptionType.UNAUTHORISED, "log in first");
        }
        return caller;
    }

    /**
     * A write from a browser must come from the page itself: an {@code Origin} other than this server's is 403
     * (SameSite=Strict keeps the cookie off other sites' requests already; this also covers the certificate).
     */
    static void requireSameOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null) {
            return;
        }
        String host = ctx.header("Host");
        URI o = URI.create(origin);
        String originHost = o.getHost() + (o.getPort() < 0 ? "" : ":" + o.getPort());
        if (host == null || !originHost.equalsIgnoreCase(host)) {
            throw new EpcisHttpException(EpcisExceptionType.FORBIDDEN, "a write from another site's page ("
                    + origin + ") is refused");
        }
    }

    static void json(Context ctx, JsonNode body) {
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("application/json");
        try {
            ctx.result(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    static ObjectMapper mapper() {
        return JSON;
    }
}
