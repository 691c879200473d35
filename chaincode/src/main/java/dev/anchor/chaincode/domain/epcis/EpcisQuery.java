package dev.anchor.chaincode.domain.epcis;

import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.chaincode.domain.shared.Refusal;
import dev.anchor.chaincode.domain.shared.Sha256;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A checked EPCIS query: parameters AND together, the values of one parameter OR together. The values of
 * {@code EQ_bizStep} and {@code EQ_disposition} are read as CBV bare words; the values of the MATCH_
 * parameters may be patterns ({@link EpcisMatcher}). A parameter the query lacks matches every event.
 * Anything else is refused with {@code INVALID_EPCIS_QUERY} naming the parameter.
 */
public final class EpcisQuery {

    static final int MAX_VALUES = 100;
    static final int MAX_VALUE_LENGTH = 2048;
    private static final Set<String> EVENT_TYPES = Set.of("ObjectEvent", "AggregationEvent", "TransactionEvent",
            "TransformationEvent", "AssociationEvent");

    private final Map<EpcisParameter, List<EpcisMatcher>> matchers;
    private final Instant from;
    private final Instant before;

    private EpcisQuery(Map<EpcisParameter, List<EpcisMatcher>> matchers, Instant from, Instant before) {
        this.matchers = matchers;
        this.from = from;
        this.before = before;
    }

    /**
     * Checks the parameters of a query.
     *
     * @param parameters each parameter's name as EPCIS writes it, and its values (one for the two times)
     */
    public static EpcisQuery of(Map<String, List<String>> parameters) {
        Map<EpcisParameter, List<EpcisMatcher>> matchers = new EnumMap<>(EpcisParameter.class);
        Instant from = null;
        Instant before = null;
        for (Map.Entry<String, List<String>> entry : new TreeMap<>(parameters).entrySet()) {
            EpcisParameter parameter = EpcisParameter.named(entry.getKey()).orElseThrow(() -> refusal(entry.getKey(),
                    "is not a query parameter Anchor answers (" + names() + ")"));
            List<String> values = entry.getValue();
            if (values.isEmpty() || values.size() > MAX_VALUES) {
                throw refusal(parameter.wireName(), "takes 1 to " + MAX_VALUES + " values, not " + values.size());
            }
            for (String value : values) {
                if (value.isEmpty() || value.length() > MAX_VALUE_LENGTH
                        || value.codePoints().anyMatch(c -> c < 0x20 || c == 0x7f || c == Character.MAX_CODE_POINT)) {
                    throw refusal(parameter.wireName(), "values are 1 to " + MAX_VALUE_LENGTH
                            + " characters, none of them a control character");
                }
            }
            if (parameter.isTime()) {
                Instant time = time(parameter, values);
                if (parameter == EpcisParameter.GE_EVENT_TIME) {
                    from = time;
                } else {
                    before = time;
                }
            } else {
                matchers.put(parameter, matchersOf(parameter, values));
            }
        }
        return new EpcisQuery(matchers, from, before);
    }

    private static Instant time(EpcisParameter parameter, List<String> values) {
        if (values.size() != 1) {
            throw refusal(parameter.wireName(), "takes one time, not " + values.size());
        }
        return EpcisTime.parse(values.get(0)).orElseThrow(() -> refusal(parameter.wireName(), Refusal.quoted(values.get(0))
                + " is not a date-time with an offset between years 1 and 9999, such as 2026-11-25T15:00:00Z"));
    }

    private static List<EpcisMatcher> matchersOf(EpcisParameter parameter, List<String> values) {
        SortedSet<EpcisMatcher> matchers = new TreeSet<>();
        for (String value : values) {
            EpcisMatcher matcher;
            if (parameter == EpcisParameter.EVENT_TYPE) {
                if (!EVENT_TYPES.contains(value)) {
                    throw refusal(parameter.wireName(), Refusal.quoted(value) + " is not an EPCIS event type "
                            + new TreeSet<>(EVENT_TYPES));
                }
                matcher = EpcisMatcher.exact(value);
            } else if (parameter == EpcisParameter.EQ_BIZ_STEP) {
                matcher = EpcisMatcher.exact(CbvVocabulary.BIZ_STEP.bareWord(value));
            } else if (parameter == EpcisParameter.EQ_DISPOSITION) {
                matcher = EpcisMatcher.exact(CbvVocabulary.DISPOSITION.bareWord(value));
            } else if (parameter.takesPatterns()) {
                matcher = EpcisMatcher.pattern(value, parameter.matchesEpcs());
                if (matcher == null) {
                    throw refusal(parameter.wireName(), Refusal.quoted(value) + " is not a pattern: '*' may only end "
                            + "it, after at least one character");
                }
            } else {
                matcher = EpcisMatcher.exact(value);
            }
            matchers.add(matcher);
        }
        return List.copyOf(matchers);
    }

    private static Refusal refusal(String parameter, String reason) {
        return new Refusal(ErrorCode.INVALID_EPCIS_QUERY, "parameter " + parameter + " " + reason);
    }

    /** A refusal of the query naming what is wrong; for the adapter that reads the query's JSON. */
    public static Refusal invalid(String reason) {
        return new Refusal(ErrorCode.INVALID_EPCIS_QUERY, reason);
    }

    private static String names() {
        List<String> names = new ArrayList<>();
        for (EpcisParameter parameter : EpcisParameter.values()) {
            names.add(parameter.wireName());
        }
        return String.join(", ", names);
    }

    /**
     * What tells this query apart from any other: 16 hexadecimal digits of the SHA-256 of its parameters in a
     * canonical text (parameters in a fixed order, values sorted, times as instants), so that two queries that
     * answer the same events by the same parameters have the same fingerprint. A bookmark carries it.
     */
    public String fingerprint() {
        StringBuilder text = new StringBuilder();
        matchers.forEach((parameter, values) -> {
            text.append(parameter.wireName());
            values.forEach(matcher -> text.append('\n').append(matcher.prefix() ? '*' : '=').append(matcher.value()));
            text.append('\n');
        });
        text.append(EpcisParameter.GE_EVENT_TIME.wireName()).append('=').append(from).append('\n');
        text.append(EpcisParameter.LT_EVENT_TIME.wireName()).append('=').append(before);
        return Sha256.of(text.toString().getBytes(StandardCharsets.UTF_8)).value().substring(0, 16);
    }

    /** Whether the event satisfies every parameter. */
    public boolean matches(EpcisEventFacts facts) {
        if (from != null && facts.time().isBefore(from) || before != null && !facts.time().isBefore(before)) {
            return false;
        }
        for (Map.Entry<EpcisParameter, List<EpcisMatcher>> entry : matchers.entrySet()) {
            SortedSet<String> values = facts.values(entry.getKey().field());
            if (entry.getValue().stream().noneMatch(matcher -> matcher.matchesAny(values))) {
                return false;
            }
        }
        return true;
    }
}
