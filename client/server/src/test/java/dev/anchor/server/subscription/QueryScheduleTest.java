package dev.anchor.server.subscription;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryScheduleTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Optional<Instant> next(String schedule, String after) throws Exception {
        return QuerySchedule.parse(JSON.readTree(schedule)).next(Instant.parse(after));
    }

    @ParameterizedTest(name = "{0} after {1}")
    @CsvSource(delimiter = '|', value = {
            // the spec's example: every morning at 1.05am (finer fields at their lowest)
            "{\"hour\": \"1\", \"minute\": \"5\"}           | 2026-12-03T00:59:59Z | 2026-12-03T01:05:00Z",
            "{\"hour\": \"1\", \"minute\": \"5\"}           | 2026-12-03T01:05:00Z | 2026-12-04T01:05:00Z",
            // the spec's GET example: every 30 seconds
            "{\"second\": \"0/30\"}                         | 2026-12-03T10:00:12Z | 2026-12-03T10:00:30Z",
            "{\"second\": \"0/30\"}                         | 2026-12-03T10:00:30Z | 2026-12-03T10:01:00Z",
            // lists and ranges as query-schedule.json writes them
            "{\"minute\": \"0,[20-21]\"}                    | 2026-12-03T10:20:00Z | 2026-12-03T10:21:00Z",
            "{\"minute\": \"0,[20-21]\"}                    | 2026-12-03T10:21:00Z | 2026-12-03T11:00:00Z",
            // 2026-12-03 is a Thursday (4); Monday is 1
            "{\"dayOfWeek\": \"1\"}                         | 2026-12-03T10:00:00Z | 2026-12-07T00:00:00Z",
            "{\"dayOfMonth\": \"31\", \"hour\": \"12\"}     | 2026-11-15T00:00:00Z | 2026-12-31T12:00:00Z",
            "{\"month\": \"2\", \"dayOfMonth\": \"29\"}     | 2026-03-01T00:00:00Z | 2028-02-29T00:00:00Z",
            // a fraction of a second is not a run: the next whole second is
            "{\"second\": \"[0-59]\"}                       | 2026-12-03T10:00:00.5Z | 2026-12-03T10:00:01Z",
    })
    void runsAtTheNextMatchingSecondInUtc(String schedule, String after, String expected) throws Exception {
        assertThat(next(schedule, after)).contains(Instant.parse(expected));
    }

    @Test
    void takesTheWebSocketQueryParametersAsMembers() {
        QuerySchedule schedule = QuerySchedule.of(Map.of("minute", "5", "hour", "1"));
        assertThat(schedule.next(Instant.parse("2026-12-03T02:00:00Z"))).contains(Instant.parse("2026-12-04T01:05:00Z"));
        assertThat(schedule.definition().toString()).contains("\"minute\":\"5\"", "\"hour\":\"1\"");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{}                                  | at least one of second",
            "{\"minute\": \"60\"}                | schedule minute \"60\": 60 is outside 0 to 59",
            "{\"hour\": \"[5-2]\"}               | schedule hour \"[5-2]\"",
            "{\"dayOfWeek\": \"monday\"}         | schedule dayOfWeek \"monday\"",
            "{\"minute\": {\"at\": 5}}           | schedule minute must be a string",
            "{\"minutes\": \"5\"}                | unknown schedule member \"minutes\"",
            "{\"month\": \"2\", \"dayOfMonth\": \"30\"} | never runs",
    })
    void refusesABadScheduleNamingTheMember(String schedule, String message) {
        assertThatThrownBy(() -> QuerySchedule.parse(JSON.readTree(schedule)))
                .isInstanceOf(InvalidSubscriptionException.class)
                .hasMessageContaining(message.trim());
    }
}
