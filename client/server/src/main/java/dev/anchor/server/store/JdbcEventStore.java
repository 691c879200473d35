package dev.anchor.server.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zaxxer.hikari.HikariDataSource;
import dev.anchor.client.epcis.CommittedEpcisBlock;
import dev.anchor.client.epcis.CommittedEpcisEvent;
import dev.anchor.server.query.EventPage;
import dev.anchor.server.query.EventQuery;
import dev.anchor.server.query.NamedQuery;
import dev.anchor.server.query.QuerySubscription;
import dev.anchor.server.query.QueryTooLargeException;
import dev.anchor.server.query.ValuePage;
import dev.anchor.server.query.Vocabulary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The query store in a relational database (H2 or PostgreSQL, the same SQL): see {@link EventStore} for the
 * contract, STORE.md for the schema. The indexed conditions of a query run in SQL; its other conditions
 * ({@link EventQuery#conditions()}) are evaluated on the events SQL selects, reading further candidates until the page
 * is full, at most {@link #SCAN_LIMIT} candidates per page (a page can then hold fewer events while more follow: only
 * the absence of a next page token says the answer is complete). Pages are keyset pages: (order time, sequence).
 * A record without an event object or a capture time (the chaincode never writes one) is logged and skipped.
 */
final class JdbcEventStore implements EventStore {
    /** The most candidate events one page reads to evaluate the conditions that run in Java. */
    static final int SCAN_LIMIT = 10_000;
    private static final int CANDIDATE_BATCH = 500;
    private static final int ID_CHUNK = 500;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger LOG = LoggerFactory.getLogger(JdbcEventStore.class);

    private final HikariDataSource dataSource;

    JdbcEventStore(HikariDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public long nextBlock() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT next_block FROM projection_checkpoint WHERE id = 1");
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw failed("reading the checkpoint", e);
        }
    }

    @Override
    public void apply(CommittedEpcisBlock block) {
        List<IndexedEvent> events = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (CommittedEpcisEvent committed : block.events()) {
            if (ids.add(committed.eventId())) {
                try {
                    events.add(IndexedEvent.of(committed));
                } catch (IllegalArgumentException e) {
                    // The chaincode writes every record; one it did not write whole cannot be queried, and must not
                    // stop the projection at this block forever.
                    LOG.error("block {}: skipping a record the store cannot read: {}", block.blockNumber(),
                            e.getMessage());
                }
            }
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                long next = lockCheckpoint(connection);
                if (block.blockNumber() < next) {
                    connection.rollback();
                    return;
                }
                if (block.blockNumber() > next) {
                    connection.rollback();
                    throw new IllegalArgumentException("block " + block.blockNumber() + " cannot be applied: the store "
                            + "expects block " + next + " next (blocks " + next + " to " + (block.blockNumber() - 1)
                            + " are missing)");
                }
                Set<String> present = present(connection, ids);
                List<IndexedEvent> fresh = events.stream().filter(e -> !present.contains(e.committed().eventId()))
                        .toList();
                insert(connection, fresh);
                try (PreparedStatement statement = connection.prepareStatement(
                        "UPDATE projection_checkpoint SET next_block = ? WHERE id = 1")) {
                    statement.setLong(1, block.blockNumber() + 1);
                    statement.executeUpdate();
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failed("applying block " + block.blockNumber(), e);
        }
    }

    private static long lockCheckpoint(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT next_block FROM projection_checkpoint WHERE id = 1 FOR UPDATE");
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The ids among these that the store holds already. */
    private static Set<String> present(Connection connection, Set<String> ids) throws SQLException {
        Set<String> present = new HashSet<>();
        List<String> all = new ArrayList<>(ids);
        for (int start = 0; start < all.size(); start += ID_CHUNK) {
            List<String> chunk = all.subList(start, Math.min(all.size(), start + ID_CHUNK));
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT event_id FROM epcis_event WHERE event_id IN ("
                            + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    statement.setString(i + 1, chunk.get(i));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        present.add(rows.getString(1));
                    }
                }
            }
        }
        return present;
    }

    private static void insert(Connection connection, List<IndexedEvent> events) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        long seq;
        try (PreparedStatement statement = connection.prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM epcis_event");
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            seq = rows.getLong(1);
        }
        Set<Map.Entry<Vocabulary, String>> vocabulary = new LinkedHashSet<>();
        try (PreparedStatement event = connection.prepareStatement("INSERT INTO epcis_event (seq, event_id, event_time, "
                + "event_time_text, record_time, event_type, action, biz_step, disposition, biz_location, read_point, "
                + "error_declaration_time, event_json, context_json, captured_by, block_number, tx_id) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement value = connection.prepareStatement(
                     "INSERT INTO epcis_event_value (kind, field_value, seq) VALUES (?, ?, ?)")) {
            for (IndexedEvent indexed : events) {
                seq++;
                CommittedEpcisEvent committed = indexed.committed();
                event.setLong(1, seq);
                event.setString(2, committed.eventId());
                event.setObject(3, EventSql.timestamp(indexed.eventTime()));
                event.setString(4, indexed.eventTimeText());
                event.setObject(5, EventSql.timestamp(indexed.recordTime()));
                event.setString(6, indexed.type());
                event.setString(7, indexed.action());
                event.setString(8, indexed.bizStep());
                event.setString(9, indexed.disposition());
                event.setString(10, indexed.bizLocation());
                event.setString(11, indexed.readPoint());
                event.setObject(12, indexed.errorDeclarationTime() == null ? null
                        : EventSql.timestamp(indexed.errorDeclarationTime()));
                event.setString(13, indexed.event().toString());
                event.setString(14, indexed.context() == null ? null : indexed.context().toString());
                event.setString(15, indexed.capturedBy());
                event.setLong(16, committed.blockNumber());
                event.setString(17, committed.transactionId());
                event.addBatch();
                for (Map.Entry<String, String> entry : indexed.values()) {
                    value.setString(1, entry.getKey());
                    value.setString(2, entry.getValue());
                    value.setLong(3, seq);
                    value.addBatch();
                }
                vocabulary.addAll(indexed.vocabulary());
            }
            event.executeBatch();
            value.executeBatch();
        }
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO epcis_vocabulary (vocabulary, term) "
                + "SELECT ?, ? WHERE NOT EXISTS (SELECT 1 FROM epcis_vocabulary WHERE vocabulary = ? AND term = ?)")) {
            for (Map.Entry<Vocabulary, String> entry : vocabulary) {
                statement.setString(1, entry.getKey().resource());
                statement.setString(2, entry.getValue());
                statement.setString(3, entry.getKey().resource());
                statement.setString(4, entry.getValue());
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    @Override
    public Optional<StoredEvent> event(String eventId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT " + EventSql.COLUMNS + " FROM epcis_event e WHERE e.event_id = ?")) {
            statement.setString(1, eventId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(storedEvent(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failed("reading event " + eventId, e);
        }
    }

    @Override
    public EventPage query(EventQuery query, int pageSize, Optional<String> pageToken) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("the page size must be at least 1, not " + pageSize);
        }
        PageToken after = pageToken.map(token -> PageToken.decode(token, query.fingerprint())).orElse(null);
        long served = after == null ? 0 : after.served();
        int want = pageSize;
        if (query.eventCountLimit().isPresent()) {
            want = (int) Math.min(pageSize, Math.max(0, query.eventCountLimit().getAsInt() - served));
            if (want == 0) {
                return new EventPage(List.of(), Optional.empty());
            }
        }
        EventSql sql = new EventSql(query);
        try (Connection connection = dataSource.getConnection()) {
            if (after == null && query.maxEventCount().isPresent()) {
                int max = query.maxEventCount().getAsInt();
                if (count(connection, query, sql, max + 1) > max) {
                    throw new QueryTooLargeException(max);
                }
            }
            Scan scan = scan(connection, query, sql, after, want, SCAN_LIMIT);
            List<StoredEvent> events = scan.matches().stream().map(Candidate::event).toList();
            long servedNow = served + events.size();
            boolean limitReached = query.eventCountLimit().isPresent()
                    && servedNow >= query.eventCountLimit().getAsInt();
            Optional<String> next = scan.resumeAfter() == null || limitReached ? Optional.empty()
                    : Optional.of(new PageToken(query.fingerprint(), scan.resumeAfter().time(),
                    scan.resumeAfter().seq(), servedNow).encode());
            return new EventPage(events, next);
        } catch (SQLException e) {
            throw failed("answering " + query, e);
        }
    }

    /** A candidate event with its position in the query's order. */
    private record Candidate(StoredEvent event, Instant time, long seq) {
    }

    /**
     * @param matches     up to the wanted number of matching events
     * @param resumeAfter where the next page starts; null when no further event matches
     */
    private record Scan(List<Candidate> matches, Candidate resumeAfter) {
    }

    /** Reads candidates in order until {@code want} match and one more is known to follow, or the scan limit. */
    private Scan scan(Connection connection, EventQuery query, EventSql sql, PageToken start, int want, int scanLimit)
            throws SQLException {
        boolean javaConditions = !query.conditions().isEmpty();
        int batch = javaConditions ? Math.max(want + 1, CANDIDATE_BATCH) : want + 1;
        List<Candidate> matches = new ArrayList<>();
        PageToken after = start;
        int scanned = 0;
        while (true) {
            List<Candidate> candidates = candidates(connection, sql, after, batch);
            for (Candidate candidate : candidates) {
                scanned++;
                if (!javaConditions || query.conditions().stream().allMatch(c -> c.test(candidate.event().event()))) {
                    if (matches.size() == want) {
                        return new Scan(matches, matches.get(want - 1));
                    }
                    matches.add(candidate);
                }
                if (scanned >= scanLimit && candidates.size() == batch) {
                    return new Scan(matches, candidate);
                }
            }
            if (candidates.size() < batch) {
                return new Scan(matches, null);
            }
            Candidate last = candidates.get(candidates.size() - 1);
            after = new PageToken("", last.time(), last.seq(), 0);
        }
    }

    /** How many events match, counting no further than {@code cap}. */
    private int count(Connection connection, EventQuery query, EventSql sql, int cap) throws SQLException {
        return scan(connection, query, sql, null, cap, Integer.MAX_VALUE).matches().size();
    }

    private List<Candidate> candidates(Connection connection, EventSql sql, PageToken after, int limit)
            throws SQLException {
        List<Candidate> candidates = new ArrayList<>();
        EventSql.Statement select = sql.select(after, limit);
        try (PreparedStatement statement = connection.prepareStatement(select.sql())) {
            List<Object> parameters = select.parameters();
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    candidates.add(new Candidate(storedEvent(rows),
                            rows.getObject("order_time", OffsetDateTime.class).toInstant(), rows.getLong("seq")));
                }
            }
        }
        return candidates;
    }

    private static StoredEvent storedEvent(ResultSet rows) throws SQLException {
        String context = rows.getString("context_json");
        try {
            return new StoredEvent(rows.getString("event_id"), (ObjectNode) JSON.readTree(rows.getString("event_json")),
                    context == null ? JSON.createArrayNode() : JSON.readTree(context), rows.getString("captured_by"),
                    rows.getObject("record_time", OffsetDateTime.class).toInstant(), rows.getLong("block_number"),
                    rows.getString("tx_id"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored JSON of event " + rows.getString("event_id")
                    + " does not parse: " + e.getOriginalMessage(), e);
        }
    }

    @Override
    public ValuePage values(Vocabulary vocabulary, int pageSize, Optional<String> pageToken) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("the page size must be at least 1, not " + pageSize);
        }
        Optional<String> after = pageToken.map(token -> ValueToken.decode(token, vocabulary).after());
        String sql = "SELECT term FROM epcis_vocabulary WHERE vocabulary = ?" + (after.isPresent() ? " AND term > ?" : "")
                + " ORDER BY term LIMIT ?";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            int i = 1;
            statement.setString(i++, vocabulary.resource());
            if (after.isPresent()) {
                statement.setString(i++, after.get());
            }
            statement.setInt(i, pageSize + 1);
            List<String> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            if (values.size() <= pageSize) {
                return new ValuePage(values, Optional.empty());
            }
            List<String> page = values.subList(0, pageSize);
            return new ValuePage(page, Optional.of(new ValueToken(vocabulary, page.get(pageSize - 1)).encode()));
        } catch (SQLException e) {
            throw failed("listing " + vocabulary.resource(), e);
        }
    }

    @Override
    public boolean saveQuery(NamedQuery query) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("INSERT INTO named_query (name, definition, "
                     + "created_by, created_at) SELECT ?, ?, ?, ? WHERE NOT EXISTS "
                     + "(SELECT 1 FROM named_query WHERE name = ?)")) {
            statement.setString(1, query.name());
            statement.setString(2, query.definition().toString());
            statement.setString(3, query.createdBy());
            statement.setObject(4, EventSql.timestamp(query.createdAt()));
            statement.setString(5, query.name());
            return statement.executeUpdate() == 1;
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                return false; // saved meanwhile under the same name
            }
            throw failed("saving query " + query.name(), e);
        }
    }

    @Override
    public Optional<NamedQuery> namedQuery(String name) {
        List<NamedQuery> found = namedQueries("WHERE name = ?", name);
        return found.stream().findFirst();
    }

    @Override
    public List<NamedQuery> namedQueries() {
        return namedQueries("", null);
    }

    private List<NamedQuery> namedQueries(String where, String name) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT name, definition, created_by, created_at FROM named_query " + where + " ORDER BY name")) {
            if (name != null) {
                statement.setString(1, name);
            }
            List<NamedQuery> queries = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    JsonNode definition = JSON.readTree(rows.getString("definition"));
                    queries.add(new NamedQuery(rows.getString("name"), (ObjectNode) definition,
                            rows.getString("created_by"), rows.getObject("created_at", OffsetDateTime.class).toInstant()));
                }
            }
            return queries;
        } catch (SQLException | JsonProcessingException e) {
            throw failed("reading named queries", e);
        }
    }

    @Override
    public boolean deleteQuery(String name) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("DELETE FROM named_query WHERE name = ?")) {
            statement.setString(1, name);
            return statement.executeUpdate() == 1;
        } catch (SQLException e) {
            throw failed("deleting query " + name, e);
        }
    }

    @Override
    public List<String> eventIdsInBlocks(long fromBlock, long toBlock) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT event_id FROM epcis_event "
                     + "WHERE block_number >= ? AND block_number <= ? ORDER BY block_number, seq")) {
            statement.setLong(1, fromBlock);
            statement.setLong(2, toBlock);
            List<String> ids = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw failed("reading the events of blocks " + fromBlock + " to " + toBlock, e);
        }
    }

    @Override
    public boolean saveSubscription(QuerySubscription subscription) {
        try (Connection connection = dataSource.getConnection()) {
            return SubscriptionTable.insert(connection, subscription);
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                return false; // its query was deleted meanwhile
            }
            throw failed("saving subscription " + subscription.id(), e);
        }
    }

    @Override
    public List<QuerySubscription> subscriptions() {
        try (Connection connection = dataSource.getConnection()) {
            return SubscriptionTable.all(connection);
        } catch (SQLException e) {
            throw failed("reading subscriptions", e);
        }
    }

    @Override
    public boolean deleteSubscription(String id) {
        try (Connection connection = dataSource.getConnection()) {
            return SubscriptionTable.delete(connection, id);
        } catch (SQLException e) {
            throw failed("deleting subscription " + id, e);
        }
    }

    @Override
    public boolean subscriptionDelivered(String id, long nextBlock, Optional<Instant> notifiedAt) {
        try (Connection connection = dataSource.getConnection()) {
            return SubscriptionTable.delivered(connection, id, nextBlock, notifiedAt);
        } catch (SQLException e) {
            throw failed("saving the position of subscription " + id, e);
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }

    private StoreUnavailableException failed(String what, Exception e) {
        return new StoreUnavailableException("the query store at " + EventStores.redacted(dataSource.getJdbcUrl())
                + " failed " + what + ": " + e.getMessage(), e);
    }
}
