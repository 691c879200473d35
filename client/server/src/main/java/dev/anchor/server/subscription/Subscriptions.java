package dev.anchor.server.subscription;

import com.fasterxml.jackson.databind.JsonNode;
import dev.anchor.client.epcis.CommittedEpcisBlock;
import dev.anchor.server.projection.AppliedBlockListener;
import dev.anchor.server.projection.ReconnectBackoff;
import dev.anchor.server.query.QuerySubscription;
import dev.anchor.server.store.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The query subscriptions of {@code anchor serve} (EPCIS 2.0): webhook subscriptions, which the store keeps with
 * their positions and which outlive a restart, and WebSocket subscriptions, which live while their socket is open.
 * Each is a {@link Subscriber}; the projection tells them of new blocks ({@link #applied}), their schedules wake the
 * others. Deliveries run on a small pool of daemon threads ({@code anchor-subscriptions-N}).
 *
 * <pre>{@code
 * Subscriptions subscriptions = new Subscriptions(store, QueryDocuments::of, Clock.systemUTC());
 * subscriptions.start();                       // the stored webhook subscriptions resume from their positions
 * projection.onApplied(subscriptions);         // stream subscriptions deliver as blocks are applied
 * ...
 * subscriptions.close();
 * }</pre>
 */
public final class Subscriptions implements AppliedBlockListener, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Subscriptions.class);
    /** Deliveries under way at once: a slow webhook holds one for up to {@link Webhook#TIMEOUT}. */
    private static final int THREADS = 4;
    /** Retries of a webhook: a second, doubling up to five minutes. */
    public static final ReconnectBackoff WEBHOOK_BACKOFF = new ReconnectBackoff(Duration.ofSeconds(1),
            Duration.ofMinutes(5));

    private final EventStore store;
    private final QueryDocumentWriter writer;
    private final Clock clock;
    private final ReconnectBackoff backoff;
    private final HttpClient http;
    private final MatchingEvents matching;
    private final ScheduledExecutorService pool;
    private final Map<String, Subscriber> active = new ConcurrentHashMap<>();

    /** With {@link #WEBHOOK_BACKOFF} and an HTTP client of the JDK. */
    public Subscriptions(EventStore store, QueryDocumentWriter writer, Clock clock) {
        this(store, writer, clock, WEBHOOK_BACKOFF);
    }

    public Subscriptions(EventStore store, QueryDocumentWriter writer, Clock clock, ReconnectBackoff backoff) {
        this.store = Objects.requireNonNull(store, "store");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.matching = new MatchingEvents(store);
        AtomicInteger threads = new AtomicInteger();
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(THREADS, task -> {
            Thread thread = new Thread(task, "anchor-subscriptions-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        this.pool = Executors.unconfigurableScheduledExecutorService(executor);
    }

    /** Resumes every stored webhook subscription from its position. */
    public void start() {
        List<QuerySubscription> stored = store.subscriptions();
        stored.forEach(this::activate);
        if (!stored.isEmpty()) {
            LOG.info("subscriptions: {} webhook subscriptions resumed", stored.size());
        }
    }

    /**
     * Creates a webhook subscription from the body of {@code POST /queries/{name}/subscriptions}: {@code dest},
     * {@code signatureToken} and the {@link SubscriptionControls}. It starts at the store's current block, or at the
     * first one when it has an {@code initialRecordTime}.
     *
     * @return the subscription, empty when the named query does not exist
     * @throws InvalidSubscriptionException naming what is wrong with the body
     */
    public Optional<QuerySubscription> subscribe(String queryName, JsonNode body, String createdBy) {
        URI dest = dest(body.path("dest"));
        JsonNode token = body.path("signatureToken");
        if (!token.isMissingNode() && !token.isNull() && (!token.isTextual() || token.asText().isEmpty())) {
            throw new InvalidSubscriptionException("signatureToken must be a non-empty string; it is " + token);
        }
        SubscriptionControls controls = SubscriptionControls.fromJson(body);
        QuerySubscription subscription = new QuerySubscription(UUID.randomUUID().toString(), queryName, dest,
                token.isTextual() ? Optional.of(token.asText()) : Optional.empty(), controls.stream(),
                controls.schedule().map(QuerySchedule::definition), controls.reportIfEmpty(),
                controls.initialRecordTime(), createdBy, clock.instant(), Optional.empty(), startBlock(controls));
        if (!store.saveSubscription(subscription)) {
            return Optional.empty();
        }
        activate(subscription);
        LOG.info("subscriptions: {} subscribed {} to {} ({})", createdBy, dest, queryName,
                controls.stream() ? "stream" : "schedule " + controls.schedule().orElseThrow());
        return Optional.of(subscription);
    }

    /**
     * Opens a WebSocket subscription ({@code GET /queries/{name}/events} upgraded): it delivers to {@code target}
     * until {@link Subscriber#close()} (the socket closed) or the query is deleted.
     *
     * @param fromBlock where it starts: {@link #startBlock} when the upgrade was accepted, so that every event
     *                  applied after the client saw the handshake is delivered
     */
    public Subscriber open(String queryName, SubscriptionControls controls, long fromBlock, DeliveryTarget target,
                           URI where, String createdBy) {
        QuerySubscription subscription = new QuerySubscription(UUID.randomUUID().toString(), queryName, where,
                Optional.empty(), controls.stream(), controls.schedule().map(QuerySchedule::definition),
                controls.reportIfEmpty(), controls.initialRecordTime(), createdBy, clock.instant(), Optional.empty(),
                fromBlock);
        Subscriber subscriber = new Subscriber(subscription, target, false, this);
        active.put(subscriber.id(), subscriber);
        subscriber.start();
        return subscriber;
    }

    /** @return the webhook subscriptions of a named query, by creation time */
    public List<QuerySubscription> of(String queryName) {
        return store.subscriptions().stream().filter(s -> s.queryName().equals(queryName)).toList();
    }

    /** @return the webhook subscription with this id to this named query */
    public Optional<QuerySubscription> find(String queryName, String id) {
        return of(queryName).stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** Deletes a webhook subscription; it delivers nothing more. @return false when there was none */
    public boolean unsubscribe(String queryName, String id) {
        if (find(queryName, id).isEmpty() || !store.deleteSubscription(id)) {
            return false;
        }
        Subscriber subscriber = active.get(id);
        if (subscriber != null) {
            subscriber.close();
        }
        LOG.info("subscriptions: {} to {} deleted", id, queryName);
        return true;
    }

    /** The named query was deleted (its webhook subscriptions with it): ends its WebSocket subscriptions too. */
    public void queryDeleted(String queryName) {
        active.values().stream().filter(s -> s.queryName().equals(queryName)).toList()
                .forEach(s -> s.end("the query " + queryName + " was deleted"));
    }

    /** New events are in the store: the stream subscriptions deliver those they match. */
    @Override
    public void applied(CommittedEpcisBlock block) {
        blocksApplied();
    }

    /** As {@link #applied}, for a store fed otherwise than by the projection. */
    public void blocksApplied() {
        active.values().forEach(Subscriber::blocksApplied);
    }

    /** Ends every subscription (WebSockets are told the server is going away) and stops the deliveries. */
    @Override
    public void close() {
        active.values().stream().toList().forEach(s -> s.end("the server stops"));
        pool.shutdownNow();
    }

    private void activate(QuerySubscription subscription) {
        Subscriber subscriber = new Subscriber(subscription, new Webhook(http, subscription.dest(),
                subscription.signatureToken()), true, this);
        active.put(subscriber.id(), subscriber);
        subscriber.start();
    }

    /**
     * @return where a new subscription starts: the store's next block (events applied from now on), or the first
     *         block when it has an {@code initialRecordTime}
     */
    public long startBlock(SubscriptionControls controls) {
        return controls.initialRecordTime().isPresent() ? 0 : store.nextBlock();
    }

    private static URI dest(JsonNode dest) {
        if (!dest.isTextual()) {
            throw new InvalidSubscriptionException("dest must be the webhook's http or https URL; it is " + dest);
        }
        try {
            URI uri = new URI(dest.asText());
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new InvalidSubscriptionException("dest must be an absolute http or https URL with a host, not \""
                        + dest.asText() + "\"");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new InvalidSubscriptionException("dest is not a URL: " + e.getMessage());
        }
    }

    void forget(Subscriber subscriber) {
        active.remove(subscriber.id(), subscriber);
    }

    EventStore store() {
        return store;
    }

    MatchingEvents matching() {
        return matching;
    }

    QueryDocumentWriter writer() {
        return writer;
    }

    Clock clock() {
        return clock;
    }

    ReconnectBackoff backoff() {
        return backoff;
    }

    ScheduledExecutorService pool() {
        return pool;
    }
}
