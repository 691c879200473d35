package dev.anchor.benchmark;

import dev.anchor.server.query.EventPage;
import dev.anchor.server.query.EventQuery;
import dev.anchor.server.store.EventStore;
import dev.anchor.server.store.EventStores;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;

/**
 * The {@code epcis-query} round: a query store (a new H2 file in a temporary folder, or the PostgreSQL database of
 * {@code --store}) loaded with N synthetic events ({@link QueryStoreLoad}, not measured), then queries of the first
 * page of 100 events of one business step in a time window, one at a time, straight on the store (no HTTP): the
 * query the EPCIS REST binding answers for {@code GET /events?EQ_bizStep=…&GE_eventTime=…&LT_eventTime=…&perPage=100}.
 * Each query picks its step and its window at random (seeded, so every run asks the same): a window of 1 hour,
 * 6 hours, 1 day or 7 days, starting anywhere in the events' time span. {@value #WARMUP_QUERIES} queries are asked
 * unmeasured after the load.
 */
final class QueryWorkload implements Workload {
    /** Events per page, as the target says. */
    static final int PAGE = 100;
    /** Queries asked before the measurement, for the JIT and the database's caches. */
    static final int WARMUP_QUERIES = 100;
    private static final List<Duration> WINDOWS = List.of(Duration.ofHours(1), Duration.ofHours(6), Duration.ofDays(1),
            Duration.ofDays(7));
    private static final long SEED = 20261203L;

    private final EpcisServerLoad load;
    private final Duration progressInterval;
    private final PrintStream out;
    private final LongAdder answered = new LongAdder();
    private final LongAdder queriesAsked = new LongAdder();
    /** Each window's query latencies in microseconds, to tell which windows make the tail. */
    private final Map<Duration, Histogram> byWindow = new LinkedHashMap<>();
    private Path folder;
    private EventStore store;
    private long stored;
    private double loadSeconds;

    /**
     * @param load             the events to load, the queries and the store
     * @param progressInterval how often the load prints its progress
     * @param out              where the progress goes
     */
    QueryWorkload(EpcisServerLoad load, Duration progressInterval, PrintStream out) {
        this.load = load;
        this.progressInterval = progressInterval;
        this.out = out;
    }

    @Override
    public RoundKind kind() {
        return RoundKind.EPCIS_QUERY;
    }

    @Override
    public List<String> prepare(int workers) {
        String url = load.queryStore().orElseGet(this::temporaryH2);
        store = EventStores.open(url);
        long started = System.nanoTime();
        stored = new QueryStoreLoad(store, progressInterval, out, kind().id()).load(load.queryEvents());
        loadSeconds = (System.nanoTime() - started) / 1e9;
        Operation warmup = operation(-1);
        try {
            for (int i = 0; i < WARMUP_QUERIES; i++) {
                warmup.run(i);
            }
        } catch (Exception e) {
            throw new BenchmarkException("a warm-up query failed: " + e.getMessage(), e);
        }
        answered.reset();
        queriesAsked.reset();
        synchronized (byWindow) {
            byWindow.values().forEach(Histogram::reset);
        }
        return List.of(String.format(Locale.ROOT, "%s store of %d synthetic ObjectEvents (8 business steps, one event "
                        + "every %d s), loaded in %.1f s (%.0f events/s, %d events per database transaction); "
                        + "queries of a page of %d by bizStep and a window of 1 h, 6 h, 1 day or 7 days, one at a time, "
                        + "after %d unmeasured", url.startsWith("jdbc:h2:") ? "H2 file" : "PostgreSQL", stored,
                SyntheticEvents.SPACING.toSeconds(), loadSeconds, stored / loadSeconds, QueryStoreLoad.EVENTS_PER_BLOCK,
                PAGE, WARMUP_QUERIES));
    }

    @Override
    public Operation operation(int worker) {
        SplittableRandom random = new SplittableRandom(SEED + worker);
        Instant first = SyntheticEvents.timeOf(0);
        Instant last = SyntheticEvents.timeOf(stored - 1);
        return sequence -> {
            String step = SyntheticEvents.STEPS.get(random.nextInt(SyntheticEvents.STEPS.size()));
            Duration window = WINDOWS.get(random.nextInt(WINDOWS.size()));
            long span = Math.max(1, Duration.between(first, last).minus(window).toSeconds());
            Instant from = first.plusSeconds(random.nextLong(span));
            EventQuery query = EventQuery.parse(Map.of("EQ_bizStep", List.of(step),
                    "GE_eventTime", List.of(from.toString()), "LT_eventTime", List.of(from.plus(window).toString())));
            long started = System.nanoTime();
            EventPage page = store.query(query, PAGE, Optional.empty());
            long micros = Math.max(1, (System.nanoTime() - started) / 1_000);
            synchronized (byWindow) {
                byWindow.computeIfAbsent(window, w -> new Histogram(3)).recordValue(micros);
            }
            answered.add(page.events().size());
            queriesAsked.increment();
        };
    }

    @Override
    public List<String> afterRun() {
        StringBuilder windows = new StringBuilder();
        synchronized (byWindow) {
            WINDOWS.stream().filter(byWindow::containsKey).forEach(window -> windows.append(String.format(Locale.ROOT,
                    "%s%s: p50 %.1f ms, p95 %.1f ms", windows.length() == 0 ? "" : "; ", windowName(window),
                    byWindow.get(window).getValueAtPercentile(50) / 1000.0,
                    byWindow.get(window).getValueAtPercentile(95) / 1000.0)));
        }
        return List.of(String.format(Locale.ROOT, "%.1f events per page on average", meanPage()),
                "by window (the store's call alone): " + windows);
    }

    @Override
    public Map<String, Double> measures() {
        Map<String, Double> measures = new LinkedHashMap<>();
        measures.put("storedEvents", (double) stored);
        measures.put("loadSeconds", Math.round(loadSeconds * 10) / 10.0);
        measures.put("meanPageEvents", Math.round(meanPage() * 10) / 10.0);
        synchronized (byWindow) {
            WINDOWS.stream().filter(byWindow::containsKey).forEach(window -> measures.put(
                    "p95Ms" + windowName(window), byWindow.get(window).getValueAtPercentile(95) / 1000.0));
        }
        return measures;
    }

    /** @return e.g. {@code 1h}, {@code 7d} */
    static String windowName(Duration window) {
        return window.toHours() % 24 == 0 ? window.toDays() + "d" : window.toHours() + "h";
    }

    private double meanPage() {
        long asked = queriesAsked.sum();
        return asked == 0 ? 0 : answered.sum() / (double) asked;
    }

    @Override
    public void close() {
        if (store != null) {
            store.close();
        }
        if (folder != null) {
            TemporaryFolders.delete(folder);
        }
    }

    private String temporaryH2() {
        folder = TemporaryFolders.create("anchor-benchmark-query-", "the query store");
        return "jdbc:h2:file:" + folder.resolve("epcis").toAbsolutePath();
    }
}
