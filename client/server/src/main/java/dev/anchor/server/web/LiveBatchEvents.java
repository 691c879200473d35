package dev.anchor.server.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchor.client.events.AnchorEvent;
import dev.anchor.client.events.AnchorEventStream;
import dev.anchor.client.events.EventCheckpoint;
import dev.anchor.client.events.EventWatcher;
import dev.anchor.client.provenance.ProvenanceEvent;
import io.javalin.http.sse.SseClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The page's live updates, {@code GET /ui/api/live?batch=A&batch=B} as server-sent events: one {@code ledger} event
 * for every provenance event that commits on one of the named batches from the moment the page connects
 * ({@code {"batchId","seq","type","actor","blockNumber","transactionId"}}). One stream of the ledger's chaincode
 * events ({@link EventWatcher}) feeds every page; when it fails it is opened again after the last event seen, after
 * a pause of 1 s doubling up to 30 s. A comment every 15 s keeps idle connections open.
 */
final class LiveBatchEvents implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LiveBatchEvents.class);
    private static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);
    private static final int MAX_BATCHES = 500;

    private final EventWatcher ledger;
    private final Map<SseClient, Set<String>> pages = new ConcurrentHashMap<>();
    private final EventCheckpoint checkpoint = EventCheckpoint.inMemory();
    private volatile boolean closed;
    private volatile AnchorEventStream stream;
    private Thread follower;
    private ScheduledExecutorService keepAlive;

    LiveBatchEvents(EventWatcher ledger) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
    }

    /** Starts following the ledger's events, from the next block to commit. */
    synchronized void start() {
        if (follower != null || closed) {
            return;
        }
        follower = new Thread(this::follow, "web-live-events");
        follower.setDaemon(true);
        follower.start();
        keepAlive = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "web-live-keepalive");
            t.setDaemon(true);
            return t;
        });
        keepAlive.scheduleAtFixedRate(() -> pages.keySet().forEach(page -> send(page, null, null)), 15, 15,
                TimeUnit.SECONDS);
    }

    /** The SSE handler: keeps the page's connection, told of the batches it names, until it closes. */
    void follow(SseClient page) {
        List<String> batches = page.ctx().queryParams("batch");
        Set<String> named = new LinkedHashSet<>(batches.subList(0, Math.min(batches.size(), MAX_BATCHES)));
        page.ctx().header("Cache-Control", "no-store");
        page.keepAlive();
        page.onClose(() -> pages.remove(page));
        pages.put(page, Set.copyOf(named));
        page.sendEvent("ready", "{\"batches\":" + named.size() + "}");
    }

    private void follow() {
        Duration pause = FIRST_PAUSE;
        while (!closed) {
            try (AnchorEventStream events = ledger.watchEvents(OptionalLong.empty(), checkpoint)) {
                stream = events;
                while (!closed && events.hasNext()) {
                    AnchorEvent event = events.next();
                    tell(event);
                    checkpoint.save(event);
                    pause = FIRST_PAUSE;
                }
            } catch (RuntimeException e) {
                if (closed) {
                    return;
                }
                LOG.warn("following the ledger's events for the web page failed ({}); again in {} s", e.getMessage(),
                        pause.toSeconds());
            }
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
        }
    }

    private void tell(AnchorEvent event) {
        for (ProvenanceEvent e : event.events()) {
            ObjectNode o = WebPage.mapper().createObjectNode();
            o.put("batchId", e.batchId());
            o.put("seq", e.seq());
            o.put("type", e.typeName());
            o.put("actor", e.actor());
            o.put("blockNumber", event.blockNumber());
            o.put("transactionId", event.transactionId());
            String data = o.toString();
            pages.forEach((page, batches) -> {
                if (batches.contains(e.batchId())) {
                    send(page, "ledger", data);
                }
            });
        }
    }

    /** Sends an event (a keep-alive comment when {@code name} is null); a page gone meanwhile is forgotten. */
    private void send(SseClient page, String name, String data) {
        if (page.terminated()) {
            pages.remove(page);
            return;
        }
        try {
            if (name == null) {
                page.sendComment("keep-alive");
            } else {
                page.sendEvent(name, data);
            }
        } catch (RuntimeException e) {
            pages.remove(page);
        }
    }

    /** Stops following and closes every page's connection: call it while the server is stopping, not after. */
    @Override
    public synchronized void close() {
        closed = true;
        AnchorEventStream s = stream;
        if (s != null) {
            s.close();
        }
        if (keepAlive != null) {
            keepAlive.shutdownNow();
        }
        pages.keySet().forEach(SseClient::close);
        pages.clear();
    }
}
