package dev.anchor.server.projection;

import com.fasterxml.jackson.databind.JsonNode;
import dev.anchor.client.AnchorException;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.epcis.CommittedEpcisBlock;
import dev.anchor.client.epcis.CommittedEpcisBlocks;
import dev.anchor.client.epcis.CommittedEpcisEvent;
import dev.anchor.client.epcis.EpcisFeed;
import dev.anchor.server.store.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The read side's block follower: a background worker that keeps an {@link EventStore} current with the ledger. It
 * follows the channel's committed blocks ({@link EpcisFeed}) from the store's checkpoint ({@link
 * EventStore#nextBlock()}) and applies each block, in order, with {@link EventStore#apply}. When the feed fails (the
 * peer is unreachable, the stream ends) or a block cannot be applied (the database is gone), it logs one line, waits
 * ({@link ReconnectBackoff}: doubling, bounded, reset by the next applied block) and follows again from the store's
 * checkpoint. {@link #close()} stops it. The lag ({@link #lag()}) runs from each transaction's capture time (its
 * records' {@code capturedAt}, the transaction's timestamp, not the block's arrival) to its block being applied;
 * see {@link ProjectionLag}.
 *
 * <pre>{@code
 * try (AnchorClient auditor = network.connect(Organization.AUDITOR);
 *      EventStore store = ...;                                 // the query store, opened by its owner
 *      Projection projection = Projection.start(auditor, store)) {  // closed first: stops before the store
 *     if (projection.awaitBlock(42, Duration.ofSeconds(5))) {  // block 42's events are in the store now
 *         ProjectionLag.Snapshot lag = projection.lag().snapshot();
 *         System.out.println("lag p95: " + lag.p95().toMillis() + " ms over " + lag.transactions() + " transactions");
 *     }
 * }
 * }</pre>
 *
 * <h2>Each event exactly once, also across a crash</h2>
 * The store applies a block and moves its checkpoint past it in one database transaction, so after a crash at any
 * point the store holds either the whole block and the checkpoint after it, or neither. In the second case the
 * projection, which always starts from the store's checkpoint, follows from that block again and applies it whole;
 * in the first it starts after it. A block that fails to apply without a crash (the database went away) is the same
 * case: the store rolled it back, and the projection follows again from the store's checkpoint. A block the feed delivers again that is below the checkpoint (a redelivery after
 * a reconnect) is skipped here, and the store would ignore it too ({@link EventStore#apply} changes nothing for a
 * block it has, and keeps each event id once). Nothing is kept outside the store: the projection's own state (last
 * block applied, lag) is rebuilt from the store and from new blocks.
 */
public final class Projection implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Projection.class);
    /** How long {@link #close()} waits for a block being applied to finish. */
    private static final Duration STOP_PATIENCE = Duration.ofSeconds(30);

    /** Waits between attempts; {@link #close()} must be able to end the wait early. */
    @FunctionalInterface
    interface Pause {
        void pause(Duration duration) throws InterruptedException;
    }

    private final EpcisFeed feed;
    private final EventStore store;
    private final ReconnectBackoff backoff;
    private final Clock clock;
    private final Pause pause;
    private final ProjectionLag lag = new ProjectionLag();
    private final List<AppliedBlockListener> listeners = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final Object progress = new Object();
    /** Guards {@link #closed} and {@link #following}. */
    private final Object lifecycle = new Object();

    private boolean closed;
    private CommittedEpcisBlocks following;
    private Thread worker;
    private long lastApplied = -1;
    private volatile String problem;
    /** The worker's failures in a row (to follow or to apply), reset by an applied block. */
    private int failures;
    /** The worker's next block to apply, -1 while unknown (the store did not answer). */
    private long position = -1;

    /**
     * A projection that is not started yet; see {@link #start()}.
     *
     * @param feed    where the committed blocks come from (an {@link dev.anchor.client.AnchorClient})
     * @param store   the store to keep current; the projection does not close it
     * @param backoff how long to wait after failures
     * @param clock   when events are applied, for the lag
     */
    public Projection(EpcisFeed feed, EventStore store, ReconnectBackoff backoff, Clock clock) {
        this(feed, store, backoff, clock, null);
    }

    /** As the public constructor, with {@code pause} instead of waiting on the clock (null: the real wait). */
    Projection(EpcisFeed feed, EventStore store, ReconnectBackoff backoff, Clock clock, Pause pause) {
        this.feed = Objects.requireNonNull(feed, "feed");
        this.store = Objects.requireNonNull(store, "store");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.pause = pause != null ? pause : duration -> closing.await(duration.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Starts a projection of {@code feed} into {@code store} with the default backoff and the system clock. */
    public static Projection start(EpcisFeed feed, EventStore store) {
        Projection projection = new Projection(feed, store, ReconnectBackoff.DEFAULT, Clock.systemUTC());
        projection.start();
        return projection;
    }

    /**
     * Starts following on a background thread ({@code anchor-projection}), from the store's checkpoint.
     *
     * @throws IllegalStateException when started already or closed
     */
    public void start() {
        long checkpoint = store.nextBlock();
        synchronized (lifecycle) {
            if (closed || worker != null) {
                throw new IllegalStateException(closed ? "the projection is closed" : "the projection runs already");
            }
            synchronized (progress) {
                lastApplied = checkpoint - 1;
            }
            worker = new Thread(this::follow, "anchor-projection");
            worker.setDaemon(true);
            worker.start();
        }
        LOG.info("projection: following the committed blocks from block {}", checkpoint);
    }

    /**
     * Tells {@code listener} of every block applied from now on, once it is in the store and before
     * {@link #awaitBlock} sees it (query subscriptions wake on it). A block applied before this call is not told
     * again: a listener reads what it missed from the store.
     */
    public void onApplied(AppliedBlockListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** @return the number of the last block in the store, empty while the store has none */
    public OptionalLong lastAppliedBlock() {
        synchronized (progress) {
            return lastApplied < 0 ? OptionalLong.empty() : OptionalLong.of(lastApplied);
        }
    }

    /**
     * Waits until block {@code blockNumber} is in the store.
     *
     * @return true once it is, false when {@code timeout} passed first
     * @throws InterruptedException when the waiting thread is interrupted
     */
    public boolean awaitBlock(long blockNumber, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (progress) {
            while (lastApplied < blockNumber) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(progress, left);
            }
            return true;
        }
    }

    /** @return the lag from capture to applied, per transaction, since this projection started */
    public ProjectionLag lag() {
        return lag;
    }

    /** @return why the projection is not following right now (the last failure), empty while all is well */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /** @return whether the background thread is running */
    public boolean running() {
        synchronized (lifecycle) {
            return worker != null && worker.isAlive();
        }
    }

    /**
     * Stops following: ends a wait between attempts, closes the block stream, and waits for a block being applied
     * to finish (its transaction commits or rolls back whole). Does not close the store. Idempotent; never throws.
     */
    @Override
    public void close() {
        Thread running;
        synchronized (lifecycle) {
            if (closed) {
                return;
            }
            closed = true;
            closing.countDown();
            if (following != null) {
                following.close();
            }
            running = worker;
        }
        if (running != null && running != Thread.currentThread()) {
            try {
                running.join(STOP_PATIENCE.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (running.isAlive()) {
                LOG.warn("projection: still applying a block {} s after close; leaving it to finish",
                        STOP_PATIENCE.toSeconds());
            }
        }
        LOG.info("projection: stopped after block {}", lastAppliedBlock().isPresent()
                ? lastAppliedBlock().getAsLong() : "none");
    }

    private boolean isClosed() {
        synchronized (lifecycle) {
            return closed;
        }
    }

    /** The worker: follow, apply, and after a failure wait and follow again from the store's checkpoint. */
    private void follow() {
        while (!isClosed()) {
            position = -1;
            try {
                position = store.nextBlock();
                applyFrom(position);
                if (isClosed()) {
                    return;
                }
                throw new AnchorException(ErrorCode.UNAVAILABLE, "the peer ended the block stream");
            } catch (RuntimeException e) {
                if (isClosed()) {
                    return;
                }
                failures++;
                Duration delay = backoff.delay(failures);
                problem = describe(e);
                LOG.warn("projection: {} (at block {}); following again in {} ms", problem,
                        position < 0 ? "unknown" : position, delay.toMillis());
                LOG.debug("projection: the failure in full", e);
                try {
                    pause.pause(delay);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Follows from {@code from} and applies every block until the stream ends. */
    private void applyFrom(long from) {
        try (CommittedEpcisBlocks blocks = feed.followEpcisBlocks(from)) {
            synchronized (lifecycle) {
                if (closed) {
                    return;
                }
                following = blocks;
            }
            if (failures > 0) {
                LOG.info("projection: following the committed blocks again from block {}", from);
            }
            while (blocks.hasNext()) {
                CommittedEpcisBlock block = blocks.next();
                if (block.blockNumber() < position) {
                    continue; // delivered again: in the store already
                }
                store.apply(block);
                position = block.blockNumber() + 1;
                applied(block);
                failures = 0;
            }
        } finally {
            synchronized (lifecycle) {
                following = null;
            }
        }
    }

    private void applied(CommittedEpcisBlock block) {
        problem = null;
        Instant now = clock.instant();
        Map<String, CommittedEpcisEvent> transactions = new LinkedHashMap<>();
        block.events().forEach(e -> transactions.putIfAbsent(e.transactionId(), e));
        for (CommittedEpcisEvent first : transactions.values()) {
            capturedAt(first).ifPresent(capturedAt -> lag.record(Duration.between(capturedAt, now)));
        }
        for (AppliedBlockListener listener : listeners) {
            try {
                listener.applied(block);
            } catch (RuntimeException e) {
                LOG.warn("projection: a listener failed on block {}: {}", block.blockNumber(), e.toString(), e);
            }
        }
        synchronized (progress) {
            lastApplied = block.blockNumber();
            progress.notifyAll();
        }
    }

    private static Optional<Instant> capturedAt(CommittedEpcisEvent event) {
        JsonNode capturedAt = event.record().get("capturedAt");
        try {
            return capturedAt == null ? Optional.empty() : Optional.of(Instant.parse(capturedAt.asText()));
        } catch (DateTimeParseException e) {
            LOG.debug("projection: event {} has no readable capturedAt: {}", event.eventId(), capturedAt);
            return Optional.empty();
        }
    }

    /** One line: the SDK's sentence, or the exception's kind and message. */
    private static String describe(RuntimeException e) {
        if (e instanceof AnchorException) {
            return e.getMessage();
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
