package dev.anchor.server.http;

import dev.anchor.server.query.EventPage;
import dev.anchor.server.query.EventQuery;
import dev.anchor.server.query.InvalidQueryException;
import dev.anchor.server.query.ValuePage;
import dev.anchor.server.query.Vocabulary;
import dev.anchor.server.store.EventStore;
import dev.anchor.server.store.StoredEvent;
import dev.anchor.server.verification.LedgerCheck;
import dev.anchor.server.verification.LedgerVerdict;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The read side's resources: {@code /events} with the EPCIS query parameters, {@code /events/{eventID}}, and for each
 * vocabulary ({@code /eventTypes}, {@code /epcs}, {@code /bizSteps}, {@code /bizLocations}, {@code /readPoints},
 * {@code /dispositions}) its values, each value's sub-resources and its events ({@code /bizSteps/shipping/events} is
 * {@code /events?EQ_bizStep=shipping}).
 */
final class EventRoutes {
    /** The query parameter each vocabulary's {@code /{value}/events} filters on. */
    private static final Map<Vocabulary, String> FILTERS = Map.of(
            Vocabulary.EVENT_TYPES, "eventType",
            Vocabulary.EPCS, "MATCH_anyEPC",
            Vocabulary.BIZ_STEPS, "EQ_bizStep",
            Vocabulary.BIZ_LOCATIONS, "EQ_bizLocation",
            Vocabulary.READ_POINTS, "EQ_readPoint",
            Vocabulary.DISPOSITIONS, "EQ_disposition");
    /** The five standard event types, which {@code /eventTypes} always lists. */
    private static final List<String> STANDARD_EVENT_TYPES = List.of("AggregationEvent", "AssociationEvent",
            "ObjectEvent", "TransactionEvent", "TransformationEvent");

    /** The parameter that asks for each answered event to be checked against the ledger (not the standard's). */
    static final String VERIFY = "verify";
    /** The query string parameters that shape the answer, not the query. */
    static final Set<String> ANSWER_OPTIONS = Set.of(Paging.PER_PAGE, Paging.NEXT_PAGE_TOKEN, VERIFY);

    private final EventStore store;
    private final Clock clock;
    /** Checks answers against the ledger for {@code ?verify=true}; null: not offered (501). */
    private final LedgerCheck ledgerCheck;

    EventRoutes(EventStore store, Clock clock, LedgerCheck ledgerCheck) {
        this.store = store;
        this.clock = clock;
        this.ledgerCheck = ledgerCheck;
    }

    void register(RoutesConfig routes) {
        routes.options("/events", ctx -> {
            EpcisHeaders.discovery(ctx, "OPTIONS, GET, POST");
            ctx.status(204);
        });
        routes.get("/events", ctx -> answer(ctx, "SimpleEventQuery",
                EventQueryParameters.fromQueryString(ctx.queryParamMap(), ANSWER_OPTIONS)));
        routes.options("/events/{eventID}", ctx -> {
            event(ctx);
            discovery(ctx);
        });
        routes.get("/events/{eventID}", ctx -> {
            List<StoredEvent> events = List.of(event(ctx));
            EpcisHeaders.versions(ctx);
            JsonAnswers.ok(ctx, QueryDocuments.of("SimpleEventQuery", events, verdicts(ctx, events), clock.instant()));
        });
        for (Vocabulary vocabulary : Vocabulary.values()) {
            String base = "/" + vocabulary.resource();
            String parameter = vocabulary.resource().substring(0, vocabulary.resource().length() - 1);
            String value = base + "/{" + parameter + "}";
            routes.options(base, ctx -> discovery(ctx));
            routes.get(base, ctx -> values(ctx, vocabulary));
            routes.options(value, ctx -> {
                requireKnown(ctx, vocabulary, parameter);
                discovery(ctx);
            });
            routes.get(value, ctx -> {
                requireKnown(ctx, vocabulary, parameter);
                EpcisHeaders.versions(ctx);
                JsonAnswers.ok(ctx, JsonAnswers.collection(List.of("events")));
            });
            routes.options(value + "/events", ctx -> {
                requireKnown(ctx, vocabulary, parameter);
                discovery(ctx);
            });
            routes.get(value + "/events", ctx -> answer(ctx, "SimpleEventQuery", EventQueryParameters.with(
                    EventQueryParameters.fromQueryString(ctx.queryParamMap(), ANSWER_OPTIONS),
                    FILTERS.get(vocabulary), ctx.pathParam(parameter))));
        }
    }

    /**
     * Answers one page of the query's events as an EPCISQueryDocument, with the {@code Link} of the next page.
     * Shared by the named queries' {@code /queries/{name}/events}.
     */
    void answer(Context ctx, String queryName, EventQuery query) {
        Paging paging = Paging.of(ctx);
        EventPage page;
        try {
            page = store.query(query, paging.perPage(), paging.token());
        } catch (InvalidQueryException e) {
            throw new EpcisHttpException(EpcisExceptionType.QUERY_PARAMETER, e.getMessage());
        }
        Map<String, LedgerVerdict> verdicts = verdicts(ctx, page.events());
        EpcisHeaders.versions(ctx);
        Paging.linkNext(ctx, page.nextPageToken());
        JsonAnswers.ok(ctx, QueryDocuments.of(queryName, page.events(), verdicts, clock.instant()));
    }

    /**
     * With {@code ?verify=true}, each event checked against the ledger (and the {@code Anchor-Verified} header
     * saying how many of how many are verified); otherwise none.
     *
     * @throws EpcisHttpException 400 for another value than true or false, 501 when the server cannot check
     */
    private Map<String, LedgerVerdict> verdicts(Context ctx, List<StoredEvent> events) {
        String verify = ctx.queryParam(VERIFY);
        if (verify == null || verify.equals("false")) {
            return Map.of();
        }
        if (!verify.equals("true")) {
            throw new EpcisHttpException(EpcisExceptionType.QUERY_PARAMETER, VERIFY + " is true or false, not \""
                    + verify + "\"");
        }
        if (ledgerCheck == null) {
            throw new EpcisHttpException(EpcisExceptionType.NOT_IMPLEMENTED, "this server cannot check answers"
                    + " against the ledger");
        }
        Map<String, LedgerVerdict> verdicts = ledgerCheck.check(events);
        long verified = verdicts.values().stream().filter(LedgerVerdict::verified).count();
        ctx.header("Anchor-Verified", verified + " of " + verdicts.size());
        return verdicts;
    }

    private static void discovery(Context ctx) {
        EpcisHeaders.discovery(ctx, "OPTIONS, GET");
        ctx.status(204);
    }

    private StoredEvent event(Context ctx) {
        String id = ctx.pathParam("eventID");
        return store.event(id).orElseThrow(() -> new EpcisHttpException(EpcisExceptionType.NO_SUCH_RESOURCE,
                "no event " + id + " (an event is found by its eventID, the CBV 2.0 event hash it is stored under)"));
    }

    private void values(Context ctx, Vocabulary vocabulary) {
        Paging paging = Paging.of(ctx);
        ValuePage page;
        try {
            page = store.values(vocabulary, paging.perPage(), paging.token());
        } catch (InvalidQueryException e) {
            throw new EpcisHttpException(EpcisExceptionType.QUERY_PARAMETER, e.getMessage());
        }
        List<String> members = page.values();
        if (vocabulary == Vocabulary.EVENT_TYPES && paging.token().isEmpty()) {
            TreeSet<String> types = new TreeSet<>(STANDARD_EVENT_TYPES);
            types.addAll(members);
            members = new ArrayList<>(types);
        } else if (vocabulary == Vocabulary.EVENT_TYPES) {
            members = members.stream().filter(type -> !STANDARD_EVENT_TYPES.contains(type)).toList();
        }
        EpcisHeaders.versions(ctx);
        Paging.linkNext(ctx, page.nextPageToken());
        JsonAnswers.ok(ctx, JsonAnswers.collection(members));
    }

    /** A value is known when an event has it (and the standard event types always are). */
    private void requireKnown(Context ctx, Vocabulary vocabulary, String parameter) {
        String value = ctx.pathParam(parameter);
        if (vocabulary == Vocabulary.EVENT_TYPES && STANDARD_EVENT_TYPES.contains(value)) {
            return;
        }
        EventQuery query = EventQuery.parse(Map.of(FILTERS.get(vocabulary), List.of(value)));
        if (store.query(query, 1, Optional.empty()).events().isEmpty()) {
            throw new EpcisHttpException(EpcisExceptionType.NO_SUCH_RESOURCE, "no event has "
                    + parameter + " " + value);
        }
    }
}
