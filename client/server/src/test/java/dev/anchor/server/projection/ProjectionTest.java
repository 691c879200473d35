package dev.anchor.server.projection;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchor.client.epcis.CommittedEpcisBlock;
import dev.anchor.client.epcis.CommittedEpcisEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectionTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Long enough never to be reached by a passing test; a failing one ends instead of hanging. */
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
    private static final ReconnectBackoff BACKOFF = new ReconnectBackoff(Duration.ofSeconds(1), Duration.ofSeconds(8));

    private final ScriptedFeed feed = new ScriptedFeed();
    private final List<Duration> pauses = Collections.synchronizedList(new ArrayList<>());
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private Projection projection;

    @BeforeEach
    void listen() {
        log.start();
        ((Logger) LoggerFactory.getLogger(Projection.class)).addAppender(log);
    }

    @AfterEach
    void stop() {
        if (projection != null) {
            projection.close();
        }
        ((Logger) LoggerFactory.getLogger(Projection.class)).detachAppender(log);
    }

    private Projection projection(InMemoryEventStore store) {
        projection = new Projection(feed, store, BACKOFF, Clock.fixed(NOW, ZoneOffset.UTC), pauses::add);
        return projection;
    }

    /** An event captured {@code ago} before {@link #NOW} in transaction {@code txId}. */
    private static CommittedEpcisEvent event(String id, long block, String txId, int index, Duration ago) {
        ObjectNode record = JSON.createObjectNode();
        record.put("capturedAt", NOW.minus(ago).toString()).put("capturedBy", "ManufacturerMSP").put("eventId", id)
                .put("txId", txId);
        record.putArray("context");
        record.putObject("event").put("type", "ObjectEvent");
        return new CommittedEpcisEvent(id, record, block, txId, index);
    }

    /** Commits blocks {@code first} to {@code last}, block n holding event {@code e<n>} of transaction {@code t<n>}. */
    private void commitBlocks(long first, long last) {
        for (long n = first; n <= last; n++) {
            feed.commit(new CommittedEpcisBlock(n, List.of(event("e" + n, n, "t" + n, 0, Duration.ofMillis(100)))));
        }
    }

    private List<String> warnings() {
        return log.list.stream().filter(e -> e.getLevel() == Level.WARN).map(ILoggingEvent::getFormattedMessage).toList();
    }

    @Test
    void appliesEveryBlockInOrderAndWaitsForTheNext() throws Exception {
        InMemoryEventStore store = new InMemoryEventStore(0);
        feed.commit(new CommittedEpcisBlock(0, List.of()));
        commitBlocks(1, 2);
        projection(store).start();

        assertThat(projection.awaitBlock(2, PATIENCE)).isTrue();
        assertThat(store.applied()).containsExactly(0L, 1L, 2L);
        assertThat(projection.lastAppliedBlock()).isEqualTo(OptionalLong.of(2));

        commitBlocks(3, 3);
        assertThat(projection.awaitBlock(3, PATIENCE)).isTrue();
        assertThat(store.applied()).containsExactly(0L, 1L, 2L, 3L);
        assertThat(store.eventIds()).containsExactly("e1", "e2", "e3");
        assertThat(store.event("e3").orElseThrow().transactionId()).isEqualTo("t3");
        assertThat(feed.follows()).containsExactly(0L);
        assertThat(projection.problem()).isEmpty();
    }

    @Test
    void tellsItsListenersOfEachAppliedBlockAndOutlivesAFailingOne() throws Exception {
        InMemoryEventStore store = new InMemoryEventStore(0);
        List<Long> told = Collections.synchronizedList(new ArrayList<>());
        projection(store).onApplied(block -> {
            throw new IllegalStateException("listener down");
        });
        projection.onApplied(block -> {
            assertThat(store.nextBlock()).as("the block is in the store when told").isEqualTo(block.blockNumber() + 1);
            told.add(block.blockNumber());
        });
        commitBlocks(0, 2);
        projection.start();

        assertThat(projection.awaitBlock(2, PATIENCE)).isTrue();
        assertThat(told).containsExactly(0L, 1L, 2L);
        assertThat(warnings()).hasSize(3).allMatch(w -> w.contains("a listener failed"));
        assertThat(projection.problem()).isEmpty();
    }

    @Test
    void startsFromTheStoresCheckpoint() throws Exception {
        InMemoryEventStore store = new InMemoryEventStore(3);
        commitBlocks(0, 2);
        projection(store).start();

        // blocks 3 and 4 come after the first look, which would otherwise race with the worker applying them
        assertThat(projection.lastAppliedBlock()).isEqualTo(OptionalLong.of(2));
        assertThat(projection.awaitBlock(2, Duration.ZERO)).isTrue();
        commitBlocks(3, 4);
        assertThat(projection.awaitBlock(4, PATIENCE)).isTrue();
        assertThat(feed.follows()).containsExactly(3L);
        assertThat(store.applied()).containsExactly(3L, 4L);
        assertThat(store.eventIds()).containsExactly("e3", "e4");
    }

    @Test
    void anEmptyStoreHasNoLastBlock() {
        InMemoryEventStore store = new InMemoryEventStore(0);
        projection(store).start();
        assertThat(projection.lastAppliedBlock()).isEmpty();
    }

    @Test
    void aBlockThatFailedToApplyIsDeliveredAgainAndAppliedOnce() throws Exception {
        InMemoryEventStore store = new InMemoryEventStore(0);
        store.failOnce(2);
        commitBlocks(0, 3);
        projection(store).start();

        assertThat(projection.awaitBlock(3, PATIENCE)).isTrue();
        assertThat(feed.follows()).containsExactly(0L, 2L);
        assertThat(store.applied()).containsExactly(0L, 1L, 2L, 3L);
        assertThat(store.eventIds()).containsExactly("e0", "e1", "e2", "e3");
        assertThat(pauses).containsExactly(Duration.ofSeconds(1));
        assertThat(warnings()).singleElement().asString()
                .contains("the database connection broke while applying block 2", "at block 2", "1000 ms");
        assertThat(projection.problem()).isEmpty();
    }

    @Test
    void blocksDeliveredAgainAfterAReconnectAreNotAppliedTwice() throws Exception {
        InMemoryEventStore store = new InMemoryEventStore(0);
        commitBlocks(0, 3);
        feed.breakAfter(2);
        feed.redeliver(2);
        projection(store).start();

        assertThat(projection.awaitBlock(3, PATIENCE)).isTrue();
        assertThat(feed.follows()).containsExactly(0L, 2L);
        assertThat(store.applied()).containsExactly(0L, 1L, 2L, 3L);
        assertThat(store.eventIds()).containsExactly("e0", "e1", "e2", "e3");
    }

    @Test
    void reconnectsWithBoundedExponentialBackoffLoggingOneLinePerAttempt() throws Exception {
        InMemoryEventStore store = new InMemoryEventStore(0);
        commitBlocks(0, 0);
        feed.refuse(6);
        projection(store).start();

        assertThat(projection.awaitBlock(0, PATIENCE)).isTrue();
        assertThat(pauses).extracting(Duration::toSeconds).containsExactly(1L, 2L, 4L, 8L, 8L, 8L);
        assertThat(feed.follows()).containsExactly(0L, 0L, 0L, 0L, 0L, 0L, 0L);
        assertThat(warnings()).hasSize(6).allSatisfy(line -> assertThat(line)
                .startsWith("projection: peer localhost:7051 is unavailable (connection refused) (at block 0)"));
        assertThat(log.list).filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.INFO))
                .allSatisfy(e -> assertThat(e.getThrowableProxy()).isNull());
        assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage)
                .contains("projection: following the committed blocks again from block 0");

        // an applied block resets the backoff: the next failure waits the first delay again
        commitBlocks(1, 1);
        assertThat(projection.awaitBlock(1, PATIENCE)).isTrue();
        feed.reset();
        commitBlocks(2, 2);
        assertThat(projection.awaitBlock(2, PATIENCE)).isTrue();
        assertThat(feed.follows()).endsWith(0L, 2L);
        assertThat(pauses).extracting(Duration::toSeconds).containsExactly(1L, 2L, 4L, 8L, 8L, 8L, 1L);
    }

    @Test
    void aFailureIsTheProblemUntilABlockIsApplied() throws Exception {
        InMemoryEventStore store = new InMemoryEventStore(0);
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        feed.refuse(1);
        projection = new Projection(feed, store, BACKOFF, Clock.fixed(NOW, ZoneOffset.UTC),
                d -> seen.add(projection.problem().orElse("none")));
        projection.start();
        commitBlocks(0, 0);

        assertThat(projection.awaitBlock(0, PATIENCE)).isTrue();
        assertThat(seen).containsExactly("peer localhost:7051 is unavailable (connection refused)");
        assertThat(projection.problem()).isEmpty();
    }

    @Test
    void closeStopsTheWorkerWhileItWaitsForBlocks() throws Exception {
        InMemoryEventStore store = new InMemoryEventStore(0);
        commitBlocks(0, 1);
        projection(store).start();
        assertThat(projection.awaitBlock(1, PATIENCE)).isTrue();

        projection.close();

        assertThat(projection.running()).isFalse();
        assertThat(feed.open()).isZero();
        commitBlocks(2, 2);
        assertThat(store.applied()).containsExactly(0L, 1L);
        projection.close();
        assertThatThrownBy(projection::start).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test
    void closeEndsTheWaitBeforeAReconnect() {
        InMemoryEventStore store = new InMemoryEventStore(0);
        feed.refuse(Integer.MAX_VALUE);
        projection = new Projection(feed, store, new ReconnectBackoff(Duration.ofHours(1), Duration.ofHours(1)),
                Clock.systemUTC());
        projection.start();

        projection.close();

        assertThat(projection.running()).isFalse();
        assertThat(feed.follows()).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void aBlockThatWasNeverCommittedIsNotAwaitedForever() throws Exception {
        projection(new InMemoryEventStore(0)).start();
        assertThat(projection.awaitBlock(5, Duration.ofMillis(50))).isFalse();
    }

    @Test
    void theLagIsMeasuredPerTransactionFromItsCapture() throws Exception {
        InMemoryEventStore store = new InMemoryEventStore(0);
        feed.commit(new CommittedEpcisBlock(0, List.of(
                event("a", 0, "t-slow", 0, Duration.ofMillis(1500)),
                event("b", 0, "t-slow", 0, Duration.ofMillis(1500)),
                event("c", 0, "t-fast", 1, Duration.ofMillis(200)))));
        feed.commit(new CommittedEpcisBlock(1, List.of()));
        projection(store).start();

        assertThat(projection.awaitBlock(1, PATIENCE)).isTrue();
        ProjectionLag.Snapshot lag = projection.lag().snapshot();
        assertThat(lag.transactions()).isEqualTo(2);
        assertThat(lag.max().toMillis()).isEqualTo(1500);
        assertThat(lag.p50().toMillis()).isEqualTo(200);
    }
}
