package dev.anchor.server.subscription;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a scheduled subscription runs (query-schedule.json, the EPCIS 1.2 QuerySchedule): {@code second},
 * {@code minute}, {@code hour}, {@code dayOfMonth}, {@code month}, {@code dayOfWeek} (1 Monday to 7 Sunday), each a
 * comma-separated list of values and ranges {@code [a-b]}; a value may also be {@code *} (any) or carry a step,
 * {@code 0/30} (from 0 every 30). It runs at each second, in UTC, that every field matches. A field not given
 * matches any value, except the time fields (second, minute, hour) finer than the coarsest field given, which match
 * their lowest value only, as in cron: {@code {"hour":"1","minute":"5"}} runs once a day at 01:05:00,
 * {@code {"second":"0/30"}} twice a minute, {@code {"dayOfWeek":"1"}} on Mondays at 00:00:00.
 * When both {@code dayOfMonth} and {@code dayOfWeek} are given, a day must match both.
 */
public final class QuerySchedule {
    /** The schedule's fields, finest first. */
    enum Field {
        SECOND("second", 0, 59), MINUTE("minute", 0, 59), HOUR("hour", 0, 23), DAY_OF_WEEK("dayOfWeek", 1, 7),
        DAY_OF_MONTH("dayOfMonth", 1, 31), MONTH("month", 1, 12);

        final String member;
        final int min;
        final int max;

        Field(String member, int min, int max) {
            this.member = member;
            this.min = min;
            this.max = max;
        }
    }

    /** How far ahead a schedule is followed before it is taken for one that never runs (e.g. 30 February). */
    private static final int HORIZON_YEARS = 8;
    private static final Pattern ELEMENT = Pattern.compile("(?:(\\*)|(\\d{1,2})|\\[(\\d{1,2})-(\\d{1,2})\\]|"
            + "(\\d{1,2})-(\\d{1,2}))(?:/(\\d{1,2}))?");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode definition;
    private final Map<Field, BitSet> allowed = new EnumMap<>(Field.class);

    private QuerySchedule(ObjectNode definition) {
        this.definition = definition;
    }

    /**
     * @param definition query-schedule.json's object
     * @throws InvalidSubscriptionException naming a member that is unknown, not a string, or out of its range, or
     *                                      for a schedule with no field or one that never runs
     */
    public static QuerySchedule parse(JsonNode definition) {
        if (definition == null || !definition.isObject() || definition.isEmpty()) {
            throw new InvalidSubscriptionException("schedule must be an object with at least one of second, minute, "
                    + "hour, dayOfMonth, month, dayOfWeek (query-schedule.json); it is " + definition);
        }
        Map<String, String> members = new java.util.LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = definition.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> member = it.next();
            if (!member.getValue().isTextual() && !member.getValue().isIntegralNumber()) {
                throw new InvalidSubscriptionException("schedule " + member.getKey() + " must be a string such as "
                        + "\"5\", \"0,30\" or \"[1-5]\"; it is " + member.getValue());
            }
            members.put(member.getKey(), member.getValue().asText());
        }
        return of(members);
    }

    /**
     * @param members the schedule's members by name ({@code second}, ...), as the WebSocket query string gives them
     * @throws InvalidSubscriptionException as {@link #parse}
     */
    public static QuerySchedule of(Map<String, String> members) {
        ObjectNode definition = JSON.createObjectNode();
        QuerySchedule schedule = new QuerySchedule(definition);
        Field coarsest = null;
        for (Map.Entry<String, String> member : members.entrySet()) {
            Field field = field(member.getKey());
            schedule.allowed.put(field, values(field, member.getValue().trim()));
            definition.put(field.member, member.getValue().trim());
            if (coarsest == null || field.ordinal() > coarsest.ordinal()) {
                coarsest = field;
            }
        }
        if (coarsest == null) {
            throw new InvalidSubscriptionException("schedule needs at least one of second, minute, hour, dayOfMonth, "
                    + "month, dayOfWeek");
        }
        for (Field field : Field.values()) {
            if (!schedule.allowed.containsKey(field)) {
                BitSet values = new BitSet();
                boolean finer = field.ordinal() < coarsest.ordinal() && field.ordinal() <= Field.HOUR.ordinal();
                values.set(field.min, finer ? field.min + 1 : field.max + 1);
                schedule.allowed.put(field, values);
            }
        }
        Instant now = Instant.now();
        if (schedule.next(now).isEmpty()) {
            throw new InvalidSubscriptionException("schedule " + definition + " never runs");
        }
        return schedule;
    }

    /** @return whether {@code name} is one of the schedule's members */
    public static boolean isMember(String name) {
        for (Field field : Field.values()) {
            if (field.member.equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** @return the schedule as query-schedule.json writes it */
    public ObjectNode definition() {
        return definition.deepCopy();
    }

    /** @return the first second strictly after {@code after} at which the schedule runs, empty if it never does */
    public Optional<Instant> next(Instant after) {
        ZonedDateTime time = after.atZone(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        ZonedDateTime horizon = time.plusYears(HORIZON_YEARS);
        while (time.isBefore(horizon)) {
            if (!matches(Field.MONTH, time.getMonthValue())) {
                time = time.withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS).plusMonths(1);
            } else if (!matches(Field.DAY_OF_MONTH, time.getDayOfMonth())
                    || !matches(Field.DAY_OF_WEEK, time.getDayOfWeek().getValue())) {
                time = time.truncatedTo(ChronoUnit.DAYS).plusDays(1);
            } else if (!matches(Field.HOUR, time.getHour())) {
                time = time.truncatedTo(ChronoUnit.HOURS).plusHours(1);
            } else if (!matches(Field.MINUTE, time.getMinute())) {
                time = time.truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
            } else if (!matches(Field.SECOND, time.getSecond())) {
                time = time.plusSeconds(1);
            } else {
                return Optional.of(time.toInstant());
            }
        }
        return Optional.empty();
    }

    private boolean matches(Field field, int value) {
        return allowed.get(field).get(value);
    }

    private static Field field(String member) {
        for (Field field : Field.values()) {
            if (field.member.equals(member)) {
                return field;
            }
        }
        throw new InvalidSubscriptionException("unknown schedule member \"" + member + "\": a schedule has second, "
                + "minute, hour, dayOfMonth, month and dayOfWeek (query-schedule.json)");
    }

    private static BitSet values(Field field, String text) {
        BitSet values = new BitSet();
        for (String element : text.split(",", -1)) {
            Matcher m = ELEMENT.matcher(element.trim());
            if (!m.matches()) {
                throw bad(field, text, "\"" + element + "\" is no value, range [a-b] or value/step");
            }
            int from;
            int to;
            if (m.group(1) != null) {
                from = field.min;
                to = field.max;
            } else if (m.group(2) != null) {
                from = Integer.parseInt(m.group(2));
                to = m.group(7) != null ? field.max : from;
            } else {
                int first = m.group(3) != null ? 3 : 5;
                from = Integer.parseInt(m.group(first));
                to = Integer.parseInt(m.group(first + 1));
            }
            if (from < field.min || to > field.max || from > to) {
                throw bad(field, text, element + " is outside " + field.min + " to " + field.max);
            }
            int step = m.group(7) == null ? 1 : Integer.parseInt(m.group(7));
            if (step < 1) {
                throw bad(field, text, "a step must be 1 or more");
            }
            for (int value = from; value <= to; value += step) {
                values.set(value);
            }
        }
        return values;
    }

    private static InvalidSubscriptionException bad(Field field, String text, String why) {
        return new InvalidSubscriptionException("schedule " + field.member + " \"" + text + "\": " + why);
    }

    @Override
    public String toString() {
        return definition.toString();
    }
}
