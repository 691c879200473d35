package dev.anchor.server.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventQueryTest {

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = ';', value = {
            "EQ_bizStepp; shipping",
            "GE_eventTime; 2026-11-01",
            "GE_eventTime; 2026-11-01T00:00:00Z|2026-11-02T00:00:00Z",
            "LT_recordTime; yesterday",
            "eventType; Event",
            "EQ_action; add",
            "MATCH_epc; urn:epc:idpat:sgtin:*.107346.1",
            "MATCH_anyEPC; *",
            "MATCH_epcClass; urn:epc:class:lgtin:4012345.012345.998877|",
            "GE_quantity; lots",
            "GT_value_CEL; warm",
            "EQ_minValue_CEL; 3",
            "GT_example:temperature; hot",
            "GT_readPoint_example:floor; 3",
            "EXISTS_errorDeclaration; maybe",
            "EQ_booleanValue; yes",
            "orderBy; eventtime",
            "orderDirection; UP",
            "eventCountLimit; 0",
            "maxEventCount; many",
    })
    void refusesAnUnknownParameterOrABadValueNamingTheParameter(String parameter, String value) {
        assertThatThrownBy(() -> EventQuery.parse(Map.of(parameter, List.of(value))))
                .isInstanceOfSatisfying(InvalidQueryException.class, e -> assertThat(e.parameter()).isEqualTo(parameter));
    }

    @Test
    void refusesEventCountLimitWithMaxEventCount() {
        assertThatThrownBy(() -> EventQuery.parse(Map.of("eventCountLimit", List.of("3"), "maxEventCount", List.of("4"))))
                .isInstanceOf(InvalidQueryException.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "HASATTR_example:color; red",
            "EQ_ATTR_urn:epc:id:sgln:0614141.00777.0_example:color; red",
            "orderBy; example:priority",
    })
    void saysWhatItDoesNotImplement(String parameter, String value) {
        assertThatThrownBy(() -> EventQuery.parse(Map.of(parameter, List.of(value))))
                .isInstanceOfSatisfying(UnsupportedQueryException.class,
                        e -> assertThat(e.parameter()).isEqualTo(parameter));
    }

    @Test
    void readsValuesSeparatedByPipesOrRepeatedAndCbvValuesAsBareWords() {
        EventQuery query = EventQuery.parse(Map.of(
                "EQ_bizStep", List.of("urn:epcglobal:cbv:bizstep:shipping|https://ref.gs1.org/cbv/BizStep-receiving",
                        "loading"),
                "GE_eventTime", List.of("2026-11-01T01:00:00+01:00"),
                "MATCH_epc", List.of("urn:epc:idpat:sgtin:0614141.107346.*"),
                "perPage", List.of("10")));
        assertThat(query.columnMatches()).containsExactly(
                new ColumnMatch("EQ_bizStep", EventColumn.BIZ_STEP, List.of("shipping", "receiving", "loading")));
        assertThat(query.timeWindows()).singleElement().satisfies(window -> {
            assertThat(window.field()).isEqualTo(TimeField.EVENT_TIME);
            assertThat(window.from()).contains(Instant.parse("2026-11-01T00:00:00Z"));
            assertThat(window.before()).isEmpty();
        });
        assertThat(query.fieldMatches()).singleElement().satisfies(match ->
                assertThat(match.matchers()).containsExactly(new ValueMatcher("urn:epc:id:sgtin:0614141.107346.", true)));
        assertThat(query.parameters()).doesNotContainKey("perPage");
    }

    @Test
    void fingerprintsEqualQueriesAlikeAndOthersApart() {
        EventQuery one = EventQuery.parse(Map.of("eventType", List.of("ObjectEvent|AggregationEvent")));
        EventQuery same = EventQuery.parse(Map.of("eventType", List.of("AggregationEvent", "ObjectEvent")));
        EventQuery other = EventQuery.parse(Map.of("eventType", List.of("ObjectEvent")));
        assertThat(one.fingerprint()).isEqualTo(same.fingerprint()).isNotEqualTo(other.fingerprint());
    }

    @Test
    void readsANamedQueryDefinition() throws Exception {
        EventQuery query = EventQuery.fromJson(new ObjectMapper().readTree(
                "{\"eventType\":[\"ObjectEvent\"],\"EQ_bizStep\":[\"shipping\"],\"EXISTS_errorDeclaration\":null,"
                        + "\"GE_quantity\":5,\"orderDirection\":\"DESC\"}"));
        assertThat(query.errorDeclared()).isTrue();
        assertThat(query.order()).isEqualTo(new EventOrder(TimeField.EVENT_TIME, true));
        assertThat(query.conditions()).extracting(EventCondition::parameter).containsExactly("GE_quantity");
        assertThatThrownBy(() -> EventQuery.fromJson(new ObjectMapper().readTree("[1]")))
                .isInstanceOf(InvalidQueryException.class);
    }
}
