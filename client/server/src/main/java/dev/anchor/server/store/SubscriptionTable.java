package dev.anchor.server.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchor.server.query.QuerySubscription;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code query_subscription} table (Flyway V2): the webhook subscriptions and their positions, for
 * {@link JdbcEventStore}. Each method runs on the connection it is given.
 */
final class SubscriptionTable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "id, query_name, dest, signature_token, stream, schedule_json, "
            + "report_if_empty, initial_record_time, created_by, created_at, last_notified_at, next_block";

    private SubscriptionTable() {
    }

    /** @return false when the named query does not exist */
    static boolean insert(Connection connection, QuerySubscription subscription) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO query_subscription (" + COLUMNS
                + ") SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE EXISTS "
                + "(SELECT 1 FROM named_query WHERE name = ?)")) {
            statement.setString(1, subscription.id());
            statement.setString(2, subscription.queryName());
            statement.setString(3, subscription.dest().toString());
            statement.setString(4, subscription.signatureToken().orElse(null));
            statement.setBoolean(5, subscription.stream());
            statement.setString(6, subscription.schedule().map(ObjectNode::toString).orElse(null));
            statement.setBoolean(7, subscription.reportIfEmpty());
            setTime(statement, 8, subscription.initialRecordTime());
            statement.setString(9, subscription.createdBy());
            setTime(statement, 10, Optional.of(subscription.createdAt()));
            setTime(statement, 11, subscription.lastNotifiedAt());
            statement.setLong(12, subscription.nextBlock());
            statement.setString(13, subscription.queryName());
            return statement.executeUpdate() == 1;
        }
    }

    static List<QuerySubscription> all(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + COLUMNS
                + " FROM query_subscription ORDER BY created_at, id");
             ResultSet rows = statement.executeQuery()) {
            List<QuerySubscription> subscriptions = new ArrayList<>();
            while (rows.next()) {
                subscriptions.add(subscription(rows));
            }
            return subscriptions;
        }
    }

    static boolean delete(Connection connection, String id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "DELETE FROM query_subscription WHERE id = ?")) {
            statement.setString(1, id);
            return statement.executeUpdate() == 1;
        }
    }

    static boolean delivered(Connection connection, String id, long nextBlock, Optional<Instant> notifiedAt)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("UPDATE query_subscription SET next_block = ?, "
                + "last_notified_at = COALESCE(?, last_notified_at) WHERE id = ?")) {
            statement.setLong(1, nextBlock);
            setTime(statement, 2, notifiedAt);
            statement.setString(3, id);
            return statement.executeUpdate() == 1;
        }
    }

    private static QuerySubscription subscription(ResultSet rows) throws SQLException {
        String schedule = rows.getString("schedule_json");
        try {
            return new QuerySubscription(rows.getString("id"), rows.getString("query_name"),
                    URI.create(rows.getString("dest")), Optional.ofNullable(rows.getString("signature_token")),
                    rows.getBoolean("stream"),
                    schedule == null ? Optional.empty() : Optional.of((ObjectNode) JSON.readTree(schedule)),
                    rows.getBoolean("report_if_empty"), time(rows, "initial_record_time"),
                    rows.getString("created_by"), time(rows, "created_at").orElseThrow(),
                    time(rows, "last_notified_at"), rows.getLong("next_block"));
        } catch (JsonProcessingException e) {
            throw new SQLException("subscription " + rows.getString("id") + " has a schedule that is not JSON", e);
        }
    }

    private static void setTime(PreparedStatement statement, int index, Optional<Instant> time) throws SQLException {
        if (time.isPresent()) {
            statement.setObject(index, EventSql.timestamp(time.get()));
        } else {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        }
    }

    private static Optional<Instant> time(ResultSet rows, String column) throws SQLException {
        OffsetDateTime time = rows.getObject(column, OffsetDateTime.class);
        return Optional.ofNullable(time).map(OffsetDateTime::toInstant);
    }
}
