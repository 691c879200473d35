package dev.anchor.server.http;

import dev.anchor.client.epcis.EpcisCapturer;
import dev.anchor.server.capture.CaptureBatching;
import dev.anchor.server.capture.CaptureJournal;
import dev.anchor.server.query.InvalidQueryException;
import dev.anchor.server.query.QueryTooLargeException;
import dev.anchor.server.query.UnsupportedQueryException;
import dev.anchor.server.store.EventStore;
import dev.anchor.server.subscription.InvalidSubscriptionException;
import dev.anchor.server.subscription.Subscriptions;
import dev.anchor.server.verification.LedgerCheck;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.eclipse.jetty.http.UriCompliance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The GS1 EPCIS 2.0 REST binding of {@code anchor serve} (openapi.yaml, served at {@code /openapi.yaml}): discovery,
 * capture, the events and vocabularies of the query store, named queries and their subscriptions (webhooks and
 * WebSockets, {@link #subscriptions()}: the projection tells them of new blocks), on Javalin.
 *
 * <p>Authentication is the caller's: a {@code before} handler of the bootstrap leaves a
 * {@link dev.anchor.server.access.Caller} under {@link dev.anchor.server.access.Caller#ATTRIBUTE} on every request.
 * A WebSocket upgrade runs the {@code wsBeforeUpgrade} handlers instead: the bootstrap installs authentication there
 * too, and an upgrade without a caller is refused with 401. Every caller may read; capture, named-query and
 * subscription changes are the server organisation's only (it signs the ledger transactions), another organisation
 * gets 403. Every error is an {@code application/problem+json} problem with the
 * binding's {@code epcisException:…} type, never a stack trace.
 *
 * <pre>{@code
 * Javalin app = EpcisApp.create(store, capturer, "DistributorMSP", config -> {
 *     config.routes.before(authentication);          // leaves the Caller
 *     config.routes.wsBeforeUpgrade(authentication); // and on WebSocket upgrades
 *     // TLS connector, ...
 * });
 * app.start(8443);
 * }</pre>
 */
public final class EpcisApp {
    private static final Logger LOG = LoggerFactory.getLogger(EpcisApp.class);

    private final EventStore store;
    private final CaptureJournal journal;
    private final String serverMspId;
    private final CaptureLimits limits;
    private final Clock clock;
    private LedgerCheck ledgerCheck;
    private final Subscriptions subscriptions;

    /**
     * @param store       the query store
     * @param capturer    the server organisation's connection, through which captures are recorded
     * @param serverMspId the server's organisation, the only one whose callers may write
     * @param limits      how much one capture may carry
     * @param clock       the clock of creation dates and capture jobs
     */
    public EpcisApp(EventStore store, EpcisCapturer capturer, String serverMspId, CaptureLimits limits, Clock clock) {
        this(store, capturer, serverMspId, limits, CaptureBatching.DEFAULT, clock);
    }

    /**
     * As {@link #EpcisApp(EventStore, EpcisCapturer, String, CaptureLimits, Clock)}, with capture jobs that send their
     * events to the ledger as {@code batching} says.
     */
    public EpcisApp(EventStore store, EpcisCapturer capturer, String serverMspId, CaptureLimits limits,
                    CaptureBatching batching, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.serverMspId = Objects.requireNonNull(serverMspId, "serverMspId");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.journal = new CaptureJournal(Objects.requireNonNull(capturer, "capturer"), batching, clock);
        this.subscriptions = new Subscriptions(store, (name, events) -> QueryDocuments.of(name, events,
                clock.instant()), clock);
    }

    /**
     * Answers {@code ?verify=true} on the event queries by checking each event against the ledger; without it,
     * such a query is 501.
     *
     * @return this
     */
    public EpcisApp verifyingWith(LedgerCheck check) {
        this.ledgerCheck = Objects.requireNonNull(check, "check");
        return this;
    }

    /**
     * @return the query subscriptions: started and closed with the server; tell them of applied blocks
     *         ({@code projection.onApplied(app.subscriptions())})
     */
    public Subscriptions subscriptions() {
        return subscriptions;
    }

    /**
     * A Javalin app, not started, with every EPCIS route, after the bootstrap's own configuration
     * (authentication, TLS, ...) with the default capture limits and the system clock. Its stream subscriptions
     * learn of new events only through {@link #subscriptions()}: a server with a projection uses the constructor.
     */
    public static Javalin create(EventStore store, EpcisCapturer capturer, String serverMspId,
                                 Consumer<JavalinConfig> bootstrap) {
        return new EpcisApp(store, capturer, serverMspId, CaptureLimits.DEFAULT, Clock.systemUTC()).create(bootstrap);
    }

    /** A Javalin app, not started, configured by the bootstrap first and then by {@link #configure}. */
    public Javalin create(Consumer<JavalinConfig> bootstrap) {
        return Javalin.create(config -> {
            bootstrap.accept(config);
            configure(config);
        });
    }

    /**
     * Registers the routes, the problem answers and what the binding needs of Jetty on a Javalin configuration; the
     * capture jobs stop with the server.
     */
    public void configure(JavalinConfig config) {
        // identifiers in paths are URIs: /events/ni:%2F%2F%2Fsha-256%3B…, /epcs/https:%2F%2Fid.gs1.org%2F01%2F…;
        // Jetty refuses an encoded '/' or ';' in a path by default, and nothing else is let through
        config.jetty.modifyHttpConfiguration(http -> http.setUriCompliance(UriCompliance.DEFAULT.with("EPCIS",
                UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR, UriCompliance.Violation.AMBIGUOUS_PATH_PARAMETER)));
        config.jetty.modifyServletContextHandler(handler -> handler.getServletHandler().setDecodeAmbiguousURIs(true));
        config.http.maxRequestSize = limits.maxBytes();
        config.events.serverStopped(journal::close);
        config.events.serverStarted(subscriptions::start);
        config.events.serverStopped(subscriptions::close);

        EventRoutes events = new EventRoutes(store, clock, ledgerCheck);
        config.routes.beforeMatched(ctx -> {
            // the web page's own JSON and event stream (/ui/…) are not the binding's
            if (!ctx.path().equals(DiscoveryRoutes.OPENAPI) && !ctx.path().startsWith("/ui/")) {
                ContentNegotiation.jsonType(ctx);
                EpcisHeaders.requireCompatible(ctx);
            }
        });
        new DiscoveryRoutes().register(config.routes);
        new CaptureRoutes(journal, limits, serverMspId).register(config.routes);
        events.register(config.routes);
        new NamedQueryRoutes(store, events, clock, serverMspId, subscriptions).register(config.routes);
        new SubscriptionRoutes(store, subscriptions, serverMspId).register(config.routes);

        config.routes.exception(EpcisHttpException.class, (e, ctx) -> Problems.write(ctx, e));
        config.routes.exception(InvalidQueryException.class, (e, ctx) -> Problems.write(ctx,
                new EpcisHttpException(EpcisExceptionType.QUERY_PARAMETER, e.getMessage())));
        config.routes.exception(InvalidSubscriptionException.class, (e, ctx) -> Problems.write(ctx,
                SubscriptionRoutes.invalid(e)));
        config.routes.exception(UnsupportedQueryException.class, (e, ctx) -> Problems.write(ctx,
                new EpcisHttpException(EpcisExceptionType.NOT_IMPLEMENTED, e.getMessage())));
        config.routes.exception(QueryTooLargeException.class, (e, ctx) -> Problems.write(ctx,
                new EpcisHttpException(EpcisExceptionType.QUERY_TOO_LARGE, e.getMessage())));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> Problems.write(ctx, fromJavalin(e, ctx)));
        config.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            Problems.write(ctx, new EpcisHttpException(EpcisExceptionType.IMPLEMENTATION, "the server failed to "
                    + "answer (" + e.getClass().getSimpleName() + "); see its log"));
        });
        config.routes.error(404, ctx -> unmatched(ctx, EpcisExceptionType.NO_SUCH_RESOURCE,
                "no resource " + ctx.path() + " (see /openapi.yaml)"));
        config.routes.error(405, ctx -> unmatched(ctx, EpcisExceptionType.METHOD_NOT_ALLOWED,
                ctx.method() + " is not allowed on " + ctx.path()));
    }

    /** Javalin's own refusals (a body past the size limit, ...) as problems. */
    private EpcisHttpException fromJavalin(HttpResponseException e, Context ctx) {
        return switch (e.getStatus()) {
            case 413 -> new EpcisHttpException(EpcisExceptionType.CAPTURE_LIMIT_EXCEEDED, "the request is larger "
                    + "than " + limits.maxBytes() + " bytes (GS1-EPCIS-Capture-File-Size-Limit)");
            case 401 -> new EpcisHttpException(EpcisExceptionType.UNAUTHORISED, e.getMessage());
            case 404 -> new EpcisHttpException(EpcisExceptionType.NO_SUCH_RESOURCE, "no resource " + ctx.path()
                    + " (see /openapi.yaml)");
            case 405 -> new EpcisHttpException(EpcisExceptionType.METHOD_NOT_ALLOWED, ctx.method()
                    + " is not allowed on " + ctx.path());
            case 500 -> new EpcisHttpException(EpcisExceptionType.IMPLEMENTATION, e.getMessage());
            default -> new EpcisHttpException(EpcisExceptionType.VALIDATION, e.getMessage());
        };
    }

    /** Javalin's answer to a path or method no route has, unless a route answered a problem already. */
    private static void unmatched(Context ctx, EpcisExceptionType type, String detail) {
        String contentType = ctx.res().getContentType();
        if (contentType == null || !contentType.startsWith(Problems.MEDIA_TYPE)) {
            Problems.write(ctx, new EpcisHttpException(type, detail));
        }
    }
}
