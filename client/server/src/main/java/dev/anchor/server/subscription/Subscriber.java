package dev.anchor.server.subscription;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchor.server.query.QuerySubscription;
import dev.anchor.server.store.StoredEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One active subscription: it delivers, in ledger order, the events of its named query that the store applied after
 * its position, and moves its position past them once its target has them. One delivery runs at a time, so documents
 * arrive in order. A stream subscription runs whenever a block is applied; a scheduled one when its schedule fires
 * (and then delivers what is new since its last run, or an empty document if it has {@code reportIfEmpty}). A failed
 * webhook delivery is tried again after a backoff (doubling, bounded), from the position: each event is delivered at
 * least once, and again when the server stopped between a delivery and saving the position. A WebSocket subscription
 * ends when a message cannot be sent.
 */
public final class Subscriber {
    private static final Logger LOG = LoggerFactory.getLogger(Subscriber.class);
    /** The most events in one document. */
    static final int EVENTS_PER_DOCUMENT = 100;
    /** The most blocks read in one step of a catch-up. */
    static final int BLOCKS_PER_STEP = 100;

    private final QuerySubscription subscription;
    private final Optional<QuerySchedule> schedule;
    private final DeliveryTarget target;
    private final boolean persistent;
    private final Subscriptions owner;
    private final Object lock = new Object();

    // guarded by lock
    private boolean running;
    private boolean again;
    private boolean backingOff;
    private boolean fired;
    private boolean closed;
    private ScheduledFuture<?> timer;
    private Instant armedFor;

    // the delivery's own (one runs at a time)
    private long nextBlock;
    private long savedBlock;
    private Optional<Instant> notifiedAt = Optional.empty();
    private boolean deliveredSinceFire;
    private int failures;

    Subscriber(QuerySubscription subscription, DeliveryTarget target, boolean persistent, Subscriptions owner) {
        this.subscription = subscription;
        this.schedule = subscription.schedule().map(QuerySchedule::parse);
        this.target = target;
        this.persistent = persistent;
        this.owner = owner;
        this.nextBlock = subscription.nextBlock();
        this.savedBlock = subscription.nextBlock();
    }

    /** @return the subscription's id */
    public String id() {
        return subscription.id();
    }

    /** @return the named query it runs */
    public String queryName() {
        return subscription.queryName();
    }

    /** @return what it was created with (its position as it was then) */
    QuerySubscription subscription() {
        return subscription;
    }

    /** Starts it: a stream subscription catches up at once, a scheduled one waits for its schedule. */
    void start() {
        if (schedule.isPresent()) {
            arm();
        } else {
            wake();
        }
    }

    /** New blocks are in the store: a stream subscription delivers what matches. */
    void blocksApplied() {
        if (subscription.stream()) {
            wake();
        }
    }

    /** Stops delivering (a delivery under way finishes). Idempotent. */
    public void close() {
        synchronized (lock) {
            closed = true;
            if (timer != null) {
                timer.cancel(false);
            }
        }
        owner.forget(this);
    }

    /** Ends it from the server's side and tells the target why. */
    void end(String reason) {
        close();
        target.ended(reason);
    }

    private void arm() {
        Instant now = owner.clock().instant();
        synchronized (lock) {
            // after the run just fired too, should the timer have woken a little before the clock reached it
            Optional<Instant> next = schedule.orElseThrow().next(armedFor != null && armedFor.isAfter(now)
                    ? armedFor : now);
            if (closed || next.isEmpty()) {
                return;
            }
            armedFor = next.get();
            timer = owner.pool().schedule(this::fire, Math.max(0, Duration.between(now, next.get()).toMillis()),
                    TimeUnit.MILLISECONDS);
        }
    }

    private void fire() {
        synchronized (lock) {
            fired = true;
        }
        wake();
        arm();
    }

    private void wake() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            if (running || backingOff) {
                again = true;
                return;
            }
            running = true;
        }
        owner.pool().execute(this::pump);
    }

    private void retry() {
        synchronized (lock) {
            backingOff = false;
            if (closed || running) {
                return;
            }
            running = true;
        }
        pump();
    }

    /** Delivers until nothing is due; after a failure, tries again later. */
    private void pump() {
        while (true) {
            try {
                deliverDue();
                failures = 0;
            } catch (DeliveryFailedException | RuntimeException e) {
                if (isClosed()) {
                    synchronized (lock) {
                        running = false;
                    }
                    return; // unsubscribed or the server stops: the failure is the interruption
                }
                if (e instanceof DeliveryFailedException && !target.retries()) {
                    LOG.info("subscription {} to {} ends: {}", id(), queryName(), e.getMessage());
                    synchronized (lock) {
                        running = false;
                    }
                    close();
                    return;
                }
                failures++;
                Duration delay = owner.backoff().delay(failures);
                LOG.warn("subscription {} to {}: delivery to {} failed ({} in a row): {}; trying again in {} ms",
                        id(), queryName(), target, failures, e.getMessage(), delay.toMillis());
                synchronized (lock) {
                    running = false;
                    if (closed) {
                        return;
                    }
                    backingOff = true;
                }
                owner.pool().schedule(this::retry, delay.toMillis(), TimeUnit.MILLISECONDS);
                return;
            }
            synchronized (lock) {
                if (closed || !again) {
                    running = false;
                    return;
                }
                again = false;
            }
        }
    }

    private void deliverDue() throws DeliveryFailedException {
        boolean firing;
        synchronized (lock) {
            firing = fired;
        }
        if (!subscription.stream() && !firing) {
            return;
        }
        long last = owner.store().nextBlock() - 1;
        while (nextBlock <= last) {
            if (isClosed()) {
                return;
            }
            long to = Math.min(last, nextBlock + BLOCKS_PER_STEP - 1);
            List<String> ids = owner.store().eventIdsInBlocks(nextBlock, to);
            List<StoredEvent> events = List.of();
            if (!ids.isEmpty()) {
                Optional<List<StoredEvent>> matching = owner.matching().of(queryName(), ids,
                        subscription.initialRecordTime());
                if (matching.isEmpty()) {
                    end("the query " + queryName() + " was deleted");
                    return;
                }
                events = matching.get();
            }
            for (int from = 0; from < events.size(); from += EVENTS_PER_DOCUMENT) {
                send(events.subList(from, Math.min(events.size(), from + EVENTS_PER_DOCUMENT)));
                deliveredSinceFire = true;
            }
            nextBlock = to + 1;
            if (!events.isEmpty()) {
                save();
            }
        }
        if (firing) {
            if (!deliveredSinceFire && subscription.reportIfEmpty()) {
                send(List.of());
            }
            deliveredSinceFire = false;
            synchronized (lock) {
                fired = false;
            }
        }
        save();
    }

    private void send(List<StoredEvent> events) throws DeliveryFailedException {
        ObjectNode document = owner.writer().document(queryName(), events);
        target.deliver(document);
        notifiedAt = Optional.of(owner.clock().instant());
        LOG.debug("subscription {} to {}: delivered {} events to {}", id(), queryName(), events.size(), target);
    }

    /** Saves the position, if it moved, for a webhook subscription; ends it if it was deleted meanwhile. */
    private void save() {
        if (!persistent || (nextBlock == savedBlock && notifiedAt.isEmpty())) {
            return;
        }
        if (!owner.store().subscriptionDelivered(id(), nextBlock, notifiedAt)) {
            close();
            return;
        }
        savedBlock = nextBlock;
        notifiedAt = Optional.empty();
    }

    private boolean isClosed() {
        synchronized (lock) {
            return closed;
        }
    }
}
