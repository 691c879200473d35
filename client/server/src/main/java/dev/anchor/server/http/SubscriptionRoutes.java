package dev.anchor.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchor.server.access.Caller;
import dev.anchor.server.query.NamedQuery;
import dev.anchor.server.query.QuerySubscription;
import dev.anchor.server.store.EventStore;
import dev.anchor.server.subscription.InvalidSubscriptionException;
import dev.anchor.server.subscription.Subscriber;
import dev.anchor.server.subscription.SubscriptionControls;
import dev.anchor.server.subscription.Subscriptions;
import dev.anchor.server.subscription.WebSocketTarget;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.websocket.WsContext;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Query subscriptions: webhooks ({@code POST /queries/{name}/subscriptions}, listed, shown and deleted under that path)
 * and WebSockets ({@code GET /queries/{name}/events?stream=true} or with a schedule, upgraded). Creating and deleting
 * webhook subscriptions is the server organisation's, like named queries; any authenticated caller may list them and
 * open a WebSocket. The {@code signatureToken} is never shown back.
 *
 * <p>A WebSocket upgrade does not run Javalin's {@code before} handlers but its {@code wsBeforeUpgrade} ones: the
 * bootstrap installs authentication there too, and {@link #checkUpgrade} refuses an upgrade without a
 * {@link Caller} (401), for a query that does not exist (404) or with bad controls (400),
 * before the socket opens.
 */
final class SubscriptionRoutes {
    static final String EVENTS = "/queries/{queryName}/events";
    private static final String LIST = "/queries/{queryName}/subscriptions";
    private static final String ONE = LIST + "/{subscriptionID}";
    /** The upgrade request's attribute that carries the controls to the socket's connect handler. */
    private static final String CONTROLS = "anchor-subscription-controls";
    private static final String START_BLOCK = "anchor-subscription-start";
    /** How often an open subscription socket is pinged. */
    private static final Duration PING_EVERY = Duration.ofSeconds(15);

    private final ObjectMapper mapper = new ObjectMapper();
    private final EventStore store;
    private final Subscriptions subscriptions;
    private final String serverMspId;
    private final Map<String, Subscriber> sockets = new ConcurrentHashMap<>();

    SubscriptionRoutes(EventStore store, Subscriptions subscriptions, String serverMspId) {
        this.store = store;
        this.subscriptions = subscriptions;
        this.serverMspId = serverMspId;
    }

    void register(RoutesConfig routes) {
        routes.options(LIST, ctx -> {
            named(ctx);
            EpcisHeaders.discovery(ctx, "OPTIONS, GET, POST");
            ctx.status(204);
        });
        routes.get(LIST, this::list);
        routes.post(LIST, this::create);
        routes.options(ONE, ctx -> {
            one(ctx);
            EpcisHeaders.discovery(ctx, "OPTIONS, GET, DELETE");
            ctx.status(204);
        });
        routes.get(ONE, ctx -> {
            EpcisHeaders.versions(ctx);
            JsonAnswers.ok(ctx, json(one(ctx)));
        });
        routes.delete(ONE, ctx -> {
            Access.requireWriter(ctx, serverMspId, "delete subscriptions");
            QuerySubscription subscription = one(ctx);
            if (!subscriptions.unsubscribe(subscription.queryName(), subscription.id())) {
                throw noSuchSubscription(ctx);
            }
            EpcisHeaders.versions(ctx);
            ctx.status(204);
        });
        routes.wsBeforeUpgrade(EVENTS, this::checkUpgrade);
        routes.ws(EVENTS, ws -> {
            ws.onConnect(this::connected);
            ws.onClose(ctx -> closed(ctx));
            ws.onError(ctx -> closed(ctx));
        });
    }

    private void list(Context ctx) {
        named(ctx);
        Paging paging = Paging.of(ctx);
        List<QuerySubscription> all = subscriptions.of(ctx.pathParam("queryName"));
        int from = 0;
        if (paging.token().isPresent()) {
            from = position(all, paging.token().get());
        }
        int to = Math.min(all.size(), from + paging.perPage());
        ArrayNode list = mapper.createArrayNode();
        all.subList(from, to).forEach(s -> list.add(json(s)));
        EpcisHeaders.versions(ctx);
        // the token of the next page is the last id of this one (the store lists them in creation order)
        Paging.linkNext(ctx, to < all.size() ? Optional.of(all.get(to - 1).id()) : Optional.empty());
        JsonAnswers.ok(ctx, list);
    }

    private static int position(List<QuerySubscription> all, String afterId) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(afterId)) {
                return i + 1;
            }
        }
        throw new EpcisHttpException(EpcisExceptionType.QUERY_PARAMETER, "nextPageToken \"" + afterId + "\" is "
                + "not a subscription of this query (any more): list from the first page");
    }

    private void create(Context ctx) {
        Access.requireWriter(ctx, serverMspId, "create subscriptions");
        ContentNegotiation.jsonType(ctx);
        String name = named(ctx).name();
        JsonNode body = JsonBodies.object(ctx, "{\"dest\": …, \"stream\": true} or {\"dest\": …, "
                + "\"schedule\": {…}}");
        QuerySubscription subscription = subscriptions.subscribe(name, body, Access.caller(ctx).mspId())
                .orElseThrow(() -> noSuchName(name));
        EpcisHeaders.versions(ctx);
        ctx.header("Location", "/queries/" + name + "/subscriptions/" + subscription.id());
        JsonAnswers.ok(ctx, json(subscription));
        ctx.status(201);
    }

    /** Before the socket opens: who asks, for which query, with which controls. */
    private void checkUpgrade(Context ctx) {
        Access.caller(ctx);
        named(ctx);
        SubscriptionControls controls = SubscriptionControls.fromQueryParameters(ctx.queryParamMap());
        ctx.attribute(CONTROLS, controls);
        // it starts here, not when the socket opens: what is applied after the client sees the handshake is its
        ctx.attribute(START_BLOCK, subscriptions.startBlock(controls));
    }

    private void connected(WsContext ctx) {
        SubscriptionControls controls = ctx.attribute(CONTROLS);
        Long fromBlock = ctx.attribute(START_BLOCK);
        Caller caller = ctx.attribute(Caller.ATTRIBUTE);
        if (controls == null || fromBlock == null || caller == null) {
            ctx.closeSession(1008, "not authenticated"); // policy violation: checkUpgrade did not run
            return;
        }
        String name = ctx.pathParam("queryName");
        Subscriber subscriber = subscriptions.open(name, controls, fromBlock, new WebSocketTarget(ctx.session),
                URI.create("ws:/queries/" + name + "/events"), caller.mspId());
        sockets.put(ctx.sessionId(), subscriber);
        // a quiet subscription must outlive Jetty's idle timeout: a ping is traffic
        ctx.enableAutomaticPings(PING_EVERY.toSeconds(), TimeUnit.SECONDS);
    }

    private void closed(WsContext ctx) {
        ctx.disableAutomaticPings();
        Subscriber subscriber = sockets.remove(ctx.sessionId());
        if (subscriber != null) {
            subscriber.close();
        }
    }

    /** A plain GET with subscription controls: they need the WebSocket upgrade. */
    static EpcisHttpException upgradeRequired() {
        return new EpcisHttpException(EpcisExceptionType.SUBSCRIPTION_CONTROLS, "stream, the schedule, reportIfEmpty "
                + "and initialRecordTime subscribe over a WebSocket: send this GET as a WebSocket upgrade (Upgrade: "
                + "websocket), or POST /queries/{name}/subscriptions for a webhook");
    }

    private ObjectNode json(QuerySubscription subscription) {
        ObjectNode json = mapper.createObjectNode();
        json.put("subscriptionID", subscription.id());
        json.put("queryName", subscription.queryName());
        json.put("dest", subscription.dest().toString());
        json.put("createdAt", subscription.createdAt().toString());
        subscription.lastNotifiedAt().ifPresent(t -> json.put("lastNotifiedAt", t.toString()));
        subscription.initialRecordTime().ifPresent(t -> json.put("initialRecordTime", t.toString()));
        if (subscription.stream()) {
            json.put("stream", true);
        } else {
            json.put("reportIfEmpty", subscription.reportIfEmpty());
            json.set("schedule", subscription.schedule().orElseThrow());
        }
        return json;
    }

    private NamedQuery named(Context ctx) {
        String name = ctx.pathParam("queryName");
        return store.namedQuery(name).orElseThrow(() -> noSuchName(name));
    }

    private QuerySubscription one(Context ctx) {
        String name = named(ctx).name();
        return subscriptions.find(name, ctx.pathParam("subscriptionID")).orElseThrow(() -> noSuchSubscription(ctx));
    }

    private static EpcisHttpException noSuchName(String name) {
        return new EpcisHttpException(EpcisExceptionType.NO_SUCH_NAME, "no query named " + name);
    }

    private static EpcisHttpException noSuchSubscription(Context ctx) {
        return new EpcisHttpException(EpcisExceptionType.NO_SUCH_RESOURCE, "no subscription "
                + ctx.pathParam("subscriptionID") + " to query " + ctx.pathParam("queryName"));
    }

    /** @return the problem of invalid subscription controls */
    static EpcisHttpException invalid(InvalidSubscriptionException e) {
        return new EpcisHttpException(EpcisExceptionType.SUBSCRIPTION_CONTROLS, e.getMessage());
    }
}
