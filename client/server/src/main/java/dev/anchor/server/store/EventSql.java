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
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The SQL of a query's indexed conditions: a statement that reads the events that satisfy them, in the query's
 * order, after a position, at most so many. Written so that both databases walk an index in the query's order and
 * stop at the limit:
 * <ul>
 *   <li>the single-valued condition with the fewest values drives: with one value, the statement orders by that
 *   column first, in the same direction (a constant, so the order is unchanged), which lets H2 read the index (column, time, seq) in order;
 *   with several, one such branch per value, each limited, merged by a UNION ALL;</li>
 *   <li>a condition on a multi-valued field is an EXISTS per event when a column drives, and otherwise
 *   {@code seq IN (…)} of one index lookup per kind and value (a UNION), which reads only the matching rows;</li>
 *   <li>the position of a page repeats its time as a plain bound, so that the index range starts there.</li>
 * </ul>
 */
final class EventSql {
    static final String COLUMNS =
            "e.seq, e.event_id, e.event_json, e.context_json, e.captured_by, e.record_time, e.block_number, e.tx_id";

    /** A statement and its parameters, in order. */
    record Statement(String sql, List<Object> parameters) {
    }

    private final EventQuery query;
    private final Optional<ColumnMatch> driving;

    EventSql(EventQuery query) {
        this.query = query;
        this.driving = query.columnMatches().stream().min(Comparator.comparingInt(match -> match.values().size()));
    }

    /** A statement reading the matching events after a position (all when null), at most {@code limit}. */
    Statement select(PageToken after, int limit) {
        String order = timeColumn(query.order().by());
        String direction = query.order().descending() ? "DESC" : "ASC";
        if (driving.isEmpty() || driving.get().values().size() == 1) {
            List<Object> parameters = new ArrayList<>();
            String branch = branch(driving.map(match -> match.values().get(0)), after, parameters);
            return new Statement(branch + " ORDER BY " + driving.map(match -> "e." + column(match) + " " + direction + ", ").orElse("")
                    + "e." + order + " " + direction + ", e.seq " + direction + " LIMIT ?", append(parameters, limit));
        }
        List<Object> parameters = new ArrayList<>();
        List<String> branches = new ArrayList<>();
        for (String value : driving.get().values()) {
            branches.add("(" + branch(Optional.of(value), after, parameters) + " ORDER BY e." + column(driving.get())
                    + " " + direction + ", e." + order + " " + direction + ", e.seq " + direction + " LIMIT ?)");
            parameters.add(limit);
        }
        return new Statement("SELECT * FROM (" + String.join(" UNION ALL ", branches) + ") b ORDER BY b.order_time "
                + direction + ", b.seq " + direction + " LIMIT ?", append(parameters, limit));
    }

    private static List<Object> append(List<Object> parameters, Object last) {
        parameters.add(last);
        return parameters;
    }

    /** SELECT … WHERE of the query's conditions, the driving column equal to {@code drivingValue} when present. */
    private String branch(Optional<String> drivingValue, PageToken after, List<Object> parameters) {
        List<String> where = new ArrayList<>();
        for (ColumnMatch match : query.columnMatches()) {
            if (driving.isPresent() && match == driving.get() && drivingValue.isPresent()) {
                where.add("e." + column(match) + " = ?");
                parameters.add(drivingValue.get());
            } else {
                where.add("e." + column(match) + " IN (" + placeholders(match.values().size()) + ")");
                parameters.addAll(match.values());
            }
        }
        for (FieldMatch match : query.fieldMatches()) {
            where.add(valueCondition(match.kinds(), match.matchers(), parameters));
        }
        if (!query.eventIds().isEmpty()) {
            parameters.addAll(query.eventIds());
            where.add("(e.event_id IN (" + placeholders(query.eventIds().size()) + ") OR "
                    + valueCondition(List.of(IndexedField.EVENT_ID.kind()),
                    query.eventIds().stream().map(ValueMatcher::exact).toList(), parameters) + ")");
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
        String order = timeColumn(query.order().by());
        if (after != null) {
            String beyond = query.order().descending() ? "<" : ">";
            where.add("e." + order + " " + beyond + "= ?");
            where.add("(e." + order + " " + beyond + " ? OR (e." + order + " = ? AND e.seq " + beyond + " ?))");
            parameters.add(timestamp(after.time()));
            parameters.add(timestamp(after.time()));
            parameters.add(timestamp(after.time()));
            parameters.add(after.seq());
        }
        return "SELECT " + COLUMNS + ", e." + order + " AS order_time FROM epcis_event e"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where));
    }

    static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** An index row of one of the kinds whose value one of the matchers matches; adds its parameters. */
    private String valueCondition(List<String> kinds, List<ValueMatcher> matchers, List<Object> parameters) {
        if (driving.isPresent()) {
            List<String> alternatives = new ArrayList<>();
            for (ValueMatcher matcher : matchers) {
                alternatives.add(matcher.prefix() ? "v.field_value LIKE ? ESCAPE '!'" : "v.field_value = ?");
            }
            parameters.addAll(kinds);
            matchers.forEach(matcher -> parameters.add(pattern(matcher)));
            return "EXISTS (SELECT 1 FROM epcis_event_value v WHERE v.seq = e.seq AND v.kind IN ("
                    + placeholders(kinds.size()) + ") AND (" + String.join(" OR ", alternatives) + "))";
        }
        List<String> lookups = new ArrayList<>();
        for (String kind : kinds) {
            for (ValueMatcher matcher : matchers) {
                lookups.add("SELECT v.seq FROM epcis_event_value v WHERE v.kind = ? AND v.field_value "
                        + (matcher.prefix() ? "LIKE ? ESCAPE '!'" : "= ?"));
                parameters.add(kind);
                parameters.add(pattern(matcher));
            }
        }
        return "e.seq IN (" + String.join(" UNION ", lookups) + ")";
    }

    private static String pattern(ValueMatcher matcher) {
        return matcher.prefix()
                ? matcher.value().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%"
                : matcher.value();
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
