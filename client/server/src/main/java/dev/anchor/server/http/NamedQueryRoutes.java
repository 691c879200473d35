package dev.anchor.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchor.server.query.EventQuery;
import dev.anchor.server.query.NamedQuery;
import dev.anchor.server.store.EventStore;
import dev.anchor.server.subscription.Subscriptions;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Named queries: {@code POST /queries} saves {@code {"name":…,"query":{…}}} (query-schema.json's parameters, each a
 * value or an array of values), {@code GET /queries[/{name}]} lists and shows them, {@code DELETE} removes one, and
 * {@code /queries/{name}/events} answers it like {@code /events}. Deleting a query ends its subscriptions
 * ({@link SubscriptionRoutes}).
 */
final class NamedQueryRoutes {
    /** A name that is one path segment and reads well in a URL. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._~-]{0,127}");
    /** The WebSocket subscription parameters of {@code GET /queries/{name}/events}. */
    private static final Set<String> SUBSCRIPTION_PARAMETERS = Set.of("stream", "second", "minute", "hour",
            "dayOfMonth", "month", "dayOfWeek", "reportIfEmpty", "initialRecordTime");

    private final ObjectMapper mapper = new ObjectMapper();
    private final EventStore store;
    private final EventRoutes events;
    private final Clock clock;
    private final String serverMspId;
    private final Subscriptions subscriptions;

    NamedQueryRoutes(EventStore store, EventRoutes events, Clock clock, String serverMspId,
                     Subscriptions subscriptions) {
        this.store = store;
        this.events = events;
        this.clock = clock;
        this.serverMspId = serverMspId;
        this.subscriptions = subscriptions;
    }

    void register(RoutesConfig routes) {
        routes.options("/queries", ctx -> {
            EpcisHeaders.discovery(ctx, "OPTIONS, GET, POST");
            ctx.status(204);
        });
        routes.get("/queries", this::list);
        routes.post("/queries", this::create);
        routes.options("/queries/{queryName}", ctx -> {
            named(ctx);
            EpcisHeaders.discovery(ctx, "OPTIONS, GET, DELETE");
            ctx.status(204);
        });
        routes.get("/queries/{queryName}", ctx -> {
            EpcisHeaders.versions(ctx);
            JsonAnswers.ok(ctx, json(named(ctx)));
        });
        routes.delete("/queries/{queryName}", ctx -> {
            Access.requireWriter(ctx, serverMspId, "delete named queries");
            String name = ctx.pathParam("queryName");
            if (!store.deleteQuery(name)) {
                throw noSuchName(name);
            }
            subscriptions.queryDeleted(name);
            EpcisHeaders.versions(ctx);
            ctx.status(204);
        });
        routes.options("/queries/{queryName}/events", ctx -> {
            named(ctx);
            EpcisHeaders.discovery(ctx, "OPTIONS, GET");
            ctx.status(204);
        });
        routes.get(SubscriptionRoutes.EVENTS, this::run);
    }

    private void list(Context ctx) {
        Paging paging = Paging.of(ctx);
        List<NamedQuery> queries = store.namedQueries();
        int from = 0;
        if (paging.token().isPresent()) {
            String after = paging.token().get();
            from = (int) queries.stream().filter(q -> q.name().compareTo(after) <= 0).count();
        }
        int to = Math.min(queries.size(), from + paging.perPage());
        ArrayNode list = mapper.createArrayNode();
        queries.subList(from, to).forEach(query -> list.add(json(query)));
        EpcisHeaders.versions(ctx);
        // the token of the next page is the last name of this one (the store lists the queries by name)
        Paging.linkNext(ctx, to < queries.size() ? Optional.of(queries.get(to - 1).name()) : Optional.empty());
        JsonAnswers.ok(ctx, list);
    }

    private void create(Context ctx) {
        Access.requireWriter(ctx, serverMspId, "create named queries");
        ContentNegotiation.jsonType(ctx);
        JsonNode body = JsonBodies.object(ctx, "{\"name\": …, \"query\": {…}}");
        String name = body.path("name").asText("");
        if (!body.path("name").isTextual() || !NAME.matcher(name).matches()) {
            throw new EpcisHttpException(EpcisExceptionType.VALIDATION, "name must be 1 to 128 letters, digits, "
                    + "'.', '_', '~' or '-', starting with a letter or digit; it is " + body.path("name"));
        }
        if (!body.path("query").isObject()) {
            throw new EpcisHttpException(EpcisExceptionType.VALIDATION, "query must be a JSON object of EPCIS query "
                    + "parameters (query-schema.json); it is " + body.path("query"));
        }
        eventQuery(body.get("query"));
        ObjectNode definition = mapper.createObjectNode();
        definition.put("name", name);
        definition.set("query", body.get("query"));
        if (!store.saveQuery(new NamedQuery(name, definition, Access.caller(ctx).mspId(), clock.instant()))) {
            throw new EpcisHttpException(EpcisExceptionType.ALREADY_EXISTS, "a query named " + name
                    + " exists already; delete it first to replace it");
        }
        EpcisHeaders.versions(ctx);
        ctx.header("Location", "/queries/" + name);
        ctx.status(201);
    }

    private void run(Context ctx) {
        NamedQuery query = named(ctx);
        for (String parameter : ctx.queryParamMap().keySet()) {
            if (SUBSCRIPTION_PARAMETERS.contains(parameter)) {
                throw SubscriptionRoutes.upgradeRequired();
            }
            if (!EventRoutes.ANSWER_OPTIONS.contains(parameter)) {
                throw new EpcisHttpException(EpcisExceptionType.QUERY_PARAMETER, "unknown query parameter \""
                        + parameter + "\": a named query's events take only perPage, nextPageToken and verify; its "
                        + "parameters are those it was saved with");
            }
        }
        events.answer(ctx, query.name(), eventQuery(query.definition().get("query")));
    }

    /**
     * The EPCIS query of a saved definition: each member a parameter, its value or array of values.
     *
     * @throws EpcisHttpException 400 QueryParameterException naming an unknown parameter or a value that is no
     *                            string, number or boolean
     */
    private static EventQuery eventQuery(JsonNode query) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        query.fields().forEachRemaining(field -> {
            if (!EventQueryParameters.isQueryParameter(field.getKey())) {
                throw new EpcisHttpException(EpcisExceptionType.QUERY_PARAMETER, "unknown query parameter \""
                        + field.getKey() + "\": not an EPCIS 2.0 query parameter (query-schema.json)");
            }
            List<String> values = new ArrayList<>();
            for (JsonNode value : field.getValue().isArray() ? field.getValue() : List.of(field.getValue())) {
                if (!value.isValueNode() || value.isNull()) {
                    throw new EpcisHttpException(EpcisExceptionType.QUERY_PARAMETER, "query parameter "
                            + field.getKey() + " must be a string, number or boolean or an array of them; it is "
                            + field.getValue());
                }
                values.add(value.asText());
            }
            parameters.put(field.getKey(), values);
        });
        return EventQuery.parse(parameters);
    }

    private NamedQuery named(Context ctx) {
        String name = ctx.pathParam("queryName");
        return store.namedQuery(name).orElseThrow(() -> noSuchName(name));
    }

    private static EpcisHttpException noSuchName(String name) {
        return new EpcisHttpException(EpcisExceptionType.NO_SUCH_NAME, "no query named " + name);
    }

    private ObjectNode json(NamedQuery query) {
        ObjectNode json = mapper.createObjectNode();
        json.put("name", query.name());
        json.set("query", query.definition().path("query"));
        return json;
    }
}
