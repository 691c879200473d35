package dev.anchor.server.store;

import dev.anchor.server.query.ColumnMatch;
import dev.anchor.server.query.EventQuery;
import dev.anchor.server.query.FieldMatch;
import dev.anchor.server.query.IndexedField;
import dev.anchor.server.query.TimeField;
import dev.anchor.server.query.TimeWindow;
import dev.anchor.server.query.ValueMatcher;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The SQL of a query's indexed conditions: a statement that reads the events that satisfy them, in the query's
 * order, after a position, at most so many; and its parameters in order.
 */
final class EventSql {
    static final String COLUMNS =
            "e.seq, e.event_id, e.event_json, e.context_json, e.captured_by, e.record_time, e.block_number, e.tx_id";

    private final EventQuery query;
    private final List<String> where = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    EventSql(EventQuery query) {
        this.query = query;
        for (ColumnMatch match : query.columnMatches()) {
            where.add("e." + column(match) + " IN (" + placeholders(match.values().size()) + ")");
            parameters.addAll(match.values());
        }
        for (FieldMatch match : query.fieldMatches()) {
            where.add(valueExistsWithParameters(match.kinds(), match.matchers()));
        }
        if (!query.eventIds().isEmpty()) {
            parameters.addAll(query.eventIds());
            where.add("(e.event_id IN (" + placeholders(query.eventIds().size()) + ") OR "
                    + valueExistsWithParameters(List.of(IndexedField.EVENT_ID.kind()),
                    query.eventIds().stream().map(ValueMatcher::exact).toList()) + ")");
        }
        for (TimeWindow window : query.timeWindows()) {
            String column = timeColumn(window.field());
            window.from().ifPresent(from -> {
                where.add("e." + column + " >= ?");
                parameters.add(timestamp(from));
            });
            window.before().ifPresent(before -> {
                where.add("e." + column + " < ?");
                parameters.add(timestamp(before));
            });
        }
        if (query.errorDeclared()) {
            where.add("e.error_declaration_time IS NOT NULL");
        }
    }

    /** The order column: event or record time. */
    String orderColumn() {
        return timeColumn(query.order().by());
    }

    /** A statement reading the matching events after {@code after} (all when null), at most {@code limit}. */
    String select(boolean after) {
        String order = orderColumn();
        String direction = query.order().descending() ? "DESC" : "ASC";
        List<String> conditions = new ArrayList<>(where);
        if (after) {
            String beyond = query.order().descending() ? "<" : ">";
            conditions.add("(e." + order + " " + beyond + " ? OR (e." + order + " = ? AND e.seq " + beyond + " ?))");
        }
        return "SELECT " + COLUMNS + ", e." + order + " AS order_time FROM epcis_event e"
                + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                + " ORDER BY e." + order + " " + direction + ", e.seq " + direction + " LIMIT ?";
    }

    /** The parameters of {@link #select}, in order. */
    List<Object> parameters(PageToken after, int limit) {
        List<Object> all = new ArrayList<>(parameters);
        if (after != null) {
            all.add(timestamp(after.time()));
            all.add(timestamp(after.time()));
            all.add(after.seq());
        }
        all.add(limit);
        return all;
    }

    static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** EXISTS of an index row of one of the kinds whose value one of the matchers matches; adds its parameters. */
    private String valueExistsWithParameters(List<String> kinds, List<ValueMatcher> matchers) {
        List<String> exact = matchers.stream().filter(m -> !m.prefix()).map(ValueMatcher::value).toList();
        List<String> prefixes = matchers.stream().filter(ValueMatcher::prefix).map(ValueMatcher::value).toList();
        List<String> alternatives = new ArrayList<>();
        if (!exact.isEmpty()) {
            alternatives.add("v.field_value IN (" + placeholders(exact.size()) + ")");
        }
        prefixes.forEach(prefix -> alternatives.add("v.field_value LIKE ? ESCAPE '!'"));
        parameters.addAll(kinds);
        parameters.addAll(exact);
        prefixes.forEach(prefix -> parameters.add(likePrefix(prefix)));
        return "EXISTS (SELECT 1 FROM epcis_event_value v WHERE v.seq = e.seq AND v.kind IN ("
                + placeholders(kinds.size()) + ") AND (" + String.join(" OR ", alternatives) + "))";
    }

    private static String likePrefix(String prefix) {
        return prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static String column(ColumnMatch match) {
        return switch (match.column()) {
            case TYPE -> "event_type";
            case ACTION -> "action";
            case BIZ_STEP -> "biz_step";
            case DISPOSITION -> "disposition";
            case READ_POINT -> "read_point";
            case BIZ_LOCATION -> "biz_location";
        };
    }

    private static String timeColumn(TimeField field) {
        return switch (field) {
            case EVENT_TIME -> "event_time";
            case RECORD_TIME -> "record_time";
            case ERROR_DECLARATION_TIME -> "error_declaration_time";
        };
    }
}
