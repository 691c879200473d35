package dev.anchor.server.subscription;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * When a subscription delivers and what it starts from, as the client asked: {@code stream=true} (on every new
 * matching event) or a {@code schedule} (query-schedule.json), never both nor neither; {@code reportIfEmpty} (a
 * scheduled run with no new event still delivers an empty document); {@code initialRecordTime} (deliver the matching
 * events recorded since then, the ones already in the store included; by default only events applied from now on).
 */
public record SubscriptionControls(boolean stream, Optional<QuerySchedule> schedule, boolean reportIfEmpty,
                                   Optional<Instant> initialRecordTime) {
    public SubscriptionControls {
        if (stream == schedule.isPresent()) {
            throw new InvalidSubscriptionException(stream ? "stream and a schedule exclude each other: ask for one"
                    : "a subscription needs \"stream\": true or a schedule (second, minute, hour, dayOfMonth, month, "
                    + "dayOfWeek), to say when it delivers");
        }
    }

    /**
     * The controls of a webhook subscription's body ({@code POST /queries/{name}/subscriptions}).
     *
     * @throws InvalidSubscriptionException naming the member that is wrong
     */
    public static SubscriptionControls fromJson(JsonNode body) {
        JsonNode stream = body.path("stream");
        if (!stream.isMissingNode() && !stream.isBoolean()) {
            throw new InvalidSubscriptionException("stream must be true; it is " + stream);
        }
        JsonNode schedule = body.path("schedule");
        return new SubscriptionControls(stream.asBoolean(false),
                schedule.isMissingNode() || schedule.isNull() ? Optional.empty()
                        : Optional.of(QuerySchedule.parse(schedule)),
                flag("reportIfEmpty", body.path("reportIfEmpty")), time(body.path("initialRecordTime")));
    }

    /**
     * The controls of a WebSocket subscription's query string ({@code GET /queries/{name}/events?stream=true}).
     *
     * @throws InvalidSubscriptionException naming an unknown or repeated parameter, or one that is wrong
     */
    public static SubscriptionControls fromQueryParameters(Map<String, List<String>> parameters) {
        Map<String, String> schedule = new LinkedHashMap<>();
        boolean stream = false;
        boolean reportIfEmpty = false;
        Optional<Instant> initialRecordTime = Optional.empty();
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            if (parameter.getValue().size() != 1) {
                throw new InvalidSubscriptionException("query parameter " + name + " must be given once");
            }
            String value = parameter.getValue().get(0);
            if (QuerySchedule.isMember(name)) {
                schedule.put(name, value);
            } else if (name.equals("stream")) {
                stream = bool(name, value);
            } else if (name.equals("reportIfEmpty")) {
                reportIfEmpty = bool(name, value);
            } else if (name.equals("initialRecordTime")) {
                initialRecordTime = Optional.of(instant(value));
            } else {
                throw new InvalidSubscriptionException("unknown query parameter \"" + name + "\": a WebSocket "
                        + "subscription takes stream or the schedule (second, minute, hour, dayOfMonth, month, "
                        + "dayOfWeek), reportIfEmpty and initialRecordTime; the query's own parameters are those it "
                        + "was saved with");
            }
        }
        return new SubscriptionControls(stream, schedule.isEmpty() ? Optional.empty()
                : Optional.of(QuerySchedule.of(schedule)), reportIfEmpty, initialRecordTime);
    }

    private static boolean flag(String name, JsonNode value) {
        if (value.isMissingNode() || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw new InvalidSubscriptionException(name + " must be true or false; it is " + value);
        }
        return value.asBoolean();
    }

    private static boolean bool(String name, String value) {
        if (!value.equals("true") && !value.equals("false")) {
            throw new InvalidSubscriptionException(name + " must be true or false, not \"" + value + "\"");
        }
        return Boolean.parseBoolean(value);
    }

    private static Optional<Instant> time(JsonNode value) {
        if (value.isMissingNode() || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw new InvalidSubscriptionException("initialRecordTime must be a date-time string such as "
                    + "\"2026-12-03T10:00:00Z\"; it is " + value);
        }
        return Optional.of(instant(value.asText()));
    }

    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidSubscriptionException("initialRecordTime must be a date-time with its offset such as "
                    + "\"2026-12-03T10:00:00Z\", not \"" + text + "\"");
        }
    }
}
