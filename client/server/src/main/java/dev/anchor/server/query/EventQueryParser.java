package dev.anchor.server.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the query parameters of {@code GET /events} into an {@link EventQuery}; see there for what each means. */
final class EventQueryParser {
    private static final Set<String> HTTP_PARAMETERS = Set.of("perPage", "nextPageToken");
    private static final Set<String> EVENT_TYPES = Set.of(
            "ObjectEvent", "AggregationEvent", "TransactionEvent", "TransformationEvent", "AssociationEvent");
    private static final Set<String> ACTIONS = Set.of("ADD", "OBSERVE", "DELETE");

    private static final Map<String, List<IndexedField>> MATCH_FIELDS = Map.of(
            "MATCH_epc", List.of(IndexedField.EPC),
            "MATCH_parentID", List.of(IndexedField.PARENT_ID),
            "MATCH_inputEPC", List.of(IndexedField.INPUT_EPC),
            "MATCH_outputEPC", List.of(IndexedField.OUTPUT_EPC),
            "MATCH_anyEPC", List.of(IndexedField.EPC, IndexedField.PARENT_ID, IndexedField.INPUT_EPC,
                    IndexedField.OUTPUT_EPC),
            "MATCH_epcClass", List.of(IndexedField.EPC_CLASS),
            "MATCH_inputEPCClass", List.of(IndexedField.INPUT_EPC_CLASS),
            "MATCH_outputEPCClass", List.of(IndexedField.OUTPUT_EPC_CLASS),
            "MATCH_anyEPCClass", List.of(IndexedField.EPC_CLASS, IndexedField.INPUT_EPC_CLASS,
                    IndexedField.OUTPUT_EPC_CLASS));

    private static final Map<String, EventColumn> COLUMNS = Map.of(
            "eventType", EventColumn.TYPE,
            "EQ_action", EventColumn.ACTION,
            "EQ_bizStep", EventColumn.BIZ_STEP,
            "EQ_disposition", EventColumn.DISPOSITION,
            "EQ_readPoint", EventColumn.READ_POINT,
            "WD_readPoint", EventColumn.READ_POINT,
            "EQ_bizLocation", EventColumn.BIZ_LOCATION,
            "WD_bizLocation", EventColumn.BIZ_LOCATION);

    /** EQ_ parameters on multi-valued indexed fields that are not EPC patterns, and how their values are written. */
    private static final Map<String, IndexedField> EQ_FIELDS = Map.of(
            "EQ_transformationID", IndexedField.TRANSFORMATION_ID,
            "EQ_persistentDisposition_set", IndexedField.PERSISTENT_DISPOSITION_SET,
            "EQ_persistentDisposition_unset", IndexedField.PERSISTENT_DISPOSITION_UNSET,
            "EQ_errorReason", IndexedField.ERROR_REASON,
            "EQ_correctiveEventID", IndexedField.CORRECTIVE_EVENT_ID);

    private static final Map<String, TimeField> TIMES = Map.of(
            "eventTime", TimeField.EVENT_TIME,
            "recordTime", TimeField.RECORD_TIME,
            "errorDeclarationTime", TimeField.ERROR_DECLARATION_TIME,
            "errorDeclaration_Time", TimeField.ERROR_DECLARATION_TIME);

    private static final Pattern TIME_PARAMETER =
            Pattern.compile("(GE|LT)_(eventTime|recordTime|errorDeclarationTime|errorDeclaration_Time)");
    private static final Pattern TYPED_FIELD = Pattern.compile("EQ_(bizTransaction|source|destination)_([a-z][a-zA-Z0-9_]+)");
    private static final Pattern QUANTITY = Pattern.compile("(EQ|GT|GE|LT|LE)_quantity(?:_([A-Z0-9]{2,4}))?");
    private static final Pattern SENSOR_MEASURE =
            Pattern.compile("(EQ|GT|GE|LT|LE)_(value|minValue|maxValue|meanValue|sDev|percValue)_([A-Z0-9]{2,4})");
    private static final Pattern SENSOR_TIME = Pattern.compile("(GE|LT)_(time|startTime|endTime)");
    private static final Pattern PERC_RANK = Pattern.compile("(GT|GE|LT|LE)_percRank");
    private static final Pattern MEMBER = Pattern.compile("(EQ|GT|GE|LT|LE|EXISTS)_(INNER_)?"
            + "(ILMD_|ERROR_DECLARATION_|SENSORELEMENT_|SENSORMETADATA_|SENSORREPORT_|readPoint_|bizLocation_)?"
            + "([a-z][a-zA-Z0-9]*:\\w+)");
    private static final Pattern MASTER_DATA = Pattern.compile("HASATTR_.+|EQ_ATTR_.+");
    private static final Pattern EXTENSION_NAME = Pattern.compile("[a-z][a-zA-Z0-9]*:\\w+");

    /** Sensor parameters of one EQ_ comparison: where each looks, and how its text compares. */
    private static final Map<String, SensorMember> SENSOR_MEMBERS = Map.ofEntries(
            Map.entry("EQ_type", new SensorMember(List.of(MemberScope.SENSOR_REPORT), TextForm.MEASUREMENT_TYPE)),
            Map.entry("EQ_deviceID", new SensorMember(
                    List.of(MemberScope.SENSOR_REPORT, MemberScope.SENSOR_METADATA), TextForm.AS_WRITTEN)),
            Map.entry("EQ_dataProcessingMethod", new SensorMember(
                    List.of(MemberScope.SENSOR_REPORT, MemberScope.SENSOR_METADATA), TextForm.AS_WRITTEN)),
            Map.entry("EQ_bizRules", new SensorMember(List.of(MemberScope.SENSOR_METADATA), TextForm.AS_WRITTEN)),
            Map.entry("EQ_microorganism", new SensorMember(List.of(MemberScope.SENSOR_REPORT), TextForm.AS_WRITTEN)),
            Map.entry("EQ_chemicalSubstance", new SensorMember(List.of(MemberScope.SENSOR_REPORT), TextForm.AS_WRITTEN)),
            Map.entry("EQ_stringValue", new SensorMember(List.of(MemberScope.SENSOR_REPORT), TextForm.AS_WRITTEN)),
            Map.entry("EQ_uriValue", new SensorMember(List.of(MemberScope.SENSOR_REPORT), TextForm.AS_WRITTEN)),
            Map.entry("EQ_hexBinaryValue", new SensorMember(List.of(MemberScope.SENSOR_REPORT), TextForm.IGNORING_CASE)));

    private record SensorMember(List<MemberScope> scopes, TextForm form) {
    }

    private final Map<String, List<String>> parameters = new TreeMap<>();
    private final List<ColumnMatch> columnMatches = new ArrayList<>();
    private final List<FieldMatch> fieldMatches = new ArrayList<>();
    private final List<String> eventIds = new ArrayList<>();
    private final Map<TimeField, Instant[]> windows = new EnumMap<>(TimeField.class);
    private boolean errorDeclared;
    private final List<EventCondition> conditions = new ArrayList<>();
    private Optional<TimeField> orderBy = Optional.empty();
    private boolean descending;
    private OptionalInt eventCountLimit = OptionalInt.empty();
    private OptionalInt maxEventCount = OptionalInt.empty();

    private EventQueryParser() {
    }

    static EventQuery parse(Map<String, List<String>> raw) {
        EventQueryParser parser = new EventQueryParser();
        raw.forEach((name, values) -> {
            if (name == null || HTTP_PARAMETERS.contains(name)) {
                return;
            }
            parser.parameter(name, split(name, values == null ? List.of() : values));
        });
        if (parser.eventCountLimit.isPresent() && parser.maxEventCount.isPresent()) {
            throw new InvalidQueryException("maxEventCount", "may not be given together with eventCountLimit");
        }
        List<TimeWindow> windows = new ArrayList<>();
        parser.windows.forEach((field, bounds) -> windows.add(
                new TimeWindow(field, Optional.ofNullable(bounds[0]), Optional.ofNullable(bounds[1]))));
        EventOrder order = new EventOrder(parser.orderBy.orElse(TimeField.EVENT_TIME), parser.descending);
        return new EventQuery(java.util.Collections.unmodifiableMap(parser.parameters), parser.columnMatches,
                parser.fieldMatches, parser.eventIds, windows, parser.errorDeclared, parser.conditions, order,
                parser.eventCountLimit, parser.maxEventCount);
    }

    /** The values of a parameter, each alternative on its own: {@code a|b} and a repeated parameter both give two. */
    private static List<String> split(String name, List<String> values) {
        List<String> split = new ArrayList<>();
        for (String value : values) {
            String text = value == null ? "" : value;
            for (String part : text.split("\\|", -1)) {
                split.add(part);
            }
        }
        return split;
    }

    private void parameter(String name, List<String> values) {
        parameters.put(name, values.stream().sorted().toList());
        Matcher m;
        if (COLUMNS.containsKey(name)) {
            column(name, COLUMNS.get(name), nonEmpty(name, values));
        } else if (MATCH_FIELDS.containsKey(name)) {
            boolean epcs = !name.endsWith("Class");
            List<String> kinds = MATCH_FIELDS.get(name).stream().map(IndexedField::kind).toList();
            fieldMatches.add(new FieldMatch(name, kinds,
                    nonEmpty(name, values).stream().map(v -> ValueMatcher.pattern(name, v, epcs)).toList()));
        } else if (EQ_FIELDS.containsKey(name)) {
            IndexedField field = EQ_FIELDS.get(name);
            Function<String, String> form = switch (field) {
                case PERSISTENT_DISPOSITION_SET, PERSISTENT_DISPOSITION_UNSET -> CbvTerm.DISPOSITION::bareWord;
                case ERROR_REASON -> CbvTerm.ERROR_REASON::bareWord;
                default -> Function.identity();
            };
            fieldMatches.add(new FieldMatch(name, List.of(field.kind()),
                    nonEmpty(name, values).stream().map(form).map(ValueMatcher::exact).toList()));
        } else if (name.equals("EQ_eventID")) {
            eventIds.addAll(nonEmpty(name, values));
        } else if ((m = TYPED_FIELD.matcher(name)).matches()) {
            IndexedField field = switch (m.group(1)) {
                case "bizTransaction" -> IndexedField.BIZ_TRANSACTION;
                case "source" -> IndexedField.SOURCE;
                default -> IndexedField.DESTINATION;
            };
            fieldMatches.add(new FieldMatch(name, List.of(field.kind(m.group(2))),
                    nonEmpty(name, values).stream().map(ValueMatcher::exact).toList()));
        } else if ((m = TIME_PARAMETER.matcher(name)).matches()) {
            Instant time = time(name, single(name, values));
            windows.computeIfAbsent(TIMES.get(m.group(2)), any -> new Instant[2])[m.group(1).equals("GE") ? 0 : 1] = time;
        } else if (name.equals("EXISTS_errorDeclaration")) {
            exists(name, values);
            errorDeclared = true;
        } else if (name.equals("orderBy")) {
            order(name, single(name, values));
        } else if (name.equals("orderDirection")) {
            String direction = single(name, values);
            if (!direction.equals("ASC") && !direction.equals("DESC")) {
                throw new InvalidQueryException(name, "must be ASC or DESC, not '" + direction + "'");
            }
            descending = direction.equals("DESC");
        } else if (name.equals("eventCountLimit")) {
            eventCountLimit = OptionalInt.of(positive(name, single(name, values)));
        } else if (name.equals("maxEventCount")) {
            maxEventCount = OptionalInt.of(positive(name, single(name, values)));
        } else if ((m = QUANTITY.matcher(name)).matches()) {
            Comparison comparison = Comparison.valueOf(m.group(1));
            conditions.add(new MemberCondition(name, List.of(MemberScope.QUANTITY_ELEMENT), false, "quantity",
                    comparison, numbers(name, comparison, values), Optional.ofNullable(m.group(2)), TextForm.AS_WRITTEN));
        } else if ((m = SENSOR_MEASURE.matcher(name)).matches()) {
            Comparison comparison = Comparison.valueOf(m.group(1));
            if (comparison == Comparison.EQ && !m.group(2).equals("value")) {
                throw unknown(name);
            }
            conditions.add(new MemberCondition(name, List.of(MemberScope.SENSOR_REPORT), false, m.group(2),
                    comparison, numbers(name, comparison, values), Optional.of(m.group(3)), TextForm.AS_WRITTEN));
        } else if ((m = SENSOR_TIME.matcher(name)).matches()) {
            List<MemberScope> scopes = m.group(2).equals("time")
                    ? List.of(MemberScope.SENSOR_REPORT, MemberScope.SENSOR_METADATA)
                    : List.of(MemberScope.SENSOR_METADATA);
            Instant time = time(name, single(name, values));
            conditions.add(new MemberCondition(name, scopes, false, m.group(2), Comparison.valueOf(m.group(1)),
                    List.of(new Operand(single(name, values), Optional.empty(), Optional.of(time))), Optional.empty(),
                    TextForm.AS_WRITTEN));
        } else if ((m = PERC_RANK.matcher(name)).matches()) {
            Comparison comparison = Comparison.valueOf(m.group(1));
            conditions.add(new MemberCondition(name, List.of(MemberScope.SENSOR_REPORT), false, "percRank",
                    comparison, numbers(name, comparison, values), Optional.empty(), TextForm.AS_WRITTEN));
        } else if (SENSOR_MEMBERS.containsKey(name)) {
            SensorMember sensor = SENSOR_MEMBERS.get(name);
            conditions.add(new MemberCondition(name, sensor.scopes(), false, name.substring("EQ_".length()),
                    Comparison.EQ, nonEmpty(name, values).stream().map(Operand::of).toList(), Optional.empty(),
                    sensor.form()));
        } else if (name.equals("EQ_booleanValue")) {
            String value = single(name, values);
            if (!value.equals("true") && !value.equals("false")) {
                throw new InvalidQueryException(name, "must be true or false, not '" + value + "'");
            }
            conditions.add(new MemberCondition(name, List.of(MemberScope.SENSOR_REPORT), false, "booleanValue",
                    Comparison.EQ, List.of(Operand.of(value)), Optional.empty(), TextForm.AS_WRITTEN));
        } else if (name.equals("EXISTS_sensorElementList")) {
            exists(name, values);
            conditions.add(new MemberCondition(name, List.of(MemberScope.EVENT), false, "sensorElementList",
                    Comparison.EXISTS, List.of(), Optional.empty(), TextForm.AS_WRITTEN));
        } else if ((m = MEMBER.matcher(name)).matches()) {
            member(name, m, values);
        } else if (MASTER_DATA.matcher(name).matches()) {
            throw new UnsupportedQueryException(name, "queries on master data attributes are not supported: "
                    + "this server holds no master data");
        } else {
            throw unknown(name);
        }
    }

    private void member(String name, Matcher m, List<String> values) {
        Comparison comparison = Comparison.valueOf(m.group(1));
        boolean inner = m.group(2) != null;
        String scopeName = m.group(3) == null ? "" : m.group(3);
        MemberScope scope = switch (scopeName) {
            case "ILMD_" -> MemberScope.ILMD;
            case "ERROR_DECLARATION_" -> MemberScope.ERROR_DECLARATION;
            case "SENSORELEMENT_" -> MemberScope.SENSOR_ELEMENT;
            case "SENSORMETADATA_" -> MemberScope.SENSOR_METADATA;
            case "SENSORREPORT_" -> MemberScope.SENSOR_REPORT;
            case "readPoint_" -> MemberScope.READ_POINT;
            case "bizLocation_" -> MemberScope.BIZ_LOCATION;
            default -> MemberScope.EVENT;
        };
        boolean location = scope == MemberScope.READ_POINT || scope == MemberScope.BIZ_LOCATION;
        if (location && comparison != Comparison.EQ) {
            throw unknown(name);
        }
        List<Operand> operands = switch (comparison) {
            case EXISTS -> {
                exists(name, values);
                yield List.of();
            }
            case EQ -> nonEmpty(name, values).stream().map(Operand::of).toList();
            default -> {
                Operand operand = Operand.of(single(name, values));
                if (operand.number().isEmpty() && operand.time().isEmpty()) {
                    throw new InvalidQueryException(name, "must be a number or a date-time with an offset, not '"
                            + operand.text() + "'");
                }
                yield List.of(operand);
            }
        };
        conditions.add(new MemberCondition(name, List.of(scope), inner, m.group(4), comparison, operands,
                Optional.empty(), TextForm.AS_WRITTEN));
    }

    private void column(String name, EventColumn column, List<String> values) {
        List<String> checked = switch (column) {
            case TYPE -> allowed(name, values, EVENT_TYPES);
            case ACTION -> allowed(name, values, ACTIONS);
            case BIZ_STEP -> values.stream().map(CbvTerm.BIZ_STEP::bareWord).toList();
            case DISPOSITION -> values.stream().map(CbvTerm.DISPOSITION::bareWord).toList();
            default -> values;
        };
        columnMatches.add(new ColumnMatch(name, column, checked));
    }

    private void order(String name, String value) {
        switch (value) {
            case "eventTime" -> orderBy = Optional.of(TimeField.EVENT_TIME);
            case "recordTime" -> orderBy = Optional.of(TimeField.RECORD_TIME);
            default -> {
                if (EXTENSION_NAME.matcher(value).matches()) {
                    throw new UnsupportedQueryException(name, "ordering by an extension field ('" + value
                            + "') is not supported; order by eventTime or recordTime");
                }
                throw new InvalidQueryException(name, "must be eventTime or recordTime, not '" + value + "'");
            }
        }
    }

    private static List<String> allowed(String name, List<String> values, Set<String> allowed) {
        for (String value : values) {
            if (!allowed.contains(value)) {
                throw new InvalidQueryException(name, "'" + value + "' is not one of " + new java.util.TreeSet<>(allowed));
            }
        }
        return values;
    }

    private static List<String> nonEmpty(String name, List<String> values) {
        if (values.isEmpty() || values.stream().anyMatch(String::isEmpty)) {
            throw new InvalidQueryException(name, "needs a value (several separated by '|'), and no value may be empty");
        }
        return values;
    }

    private static String single(String name, List<String> values) {
        if (values.size() != 1 || values.get(0).isEmpty()) {
            throw new InvalidQueryException(name, "takes exactly one value");
        }
        return values.get(0);
    }

    private static void exists(String name, List<String> values) {
        for (String value : values) {
            if (!value.isEmpty() && !value.equals("true")) {
                throw new InvalidQueryException(name, "takes no value (or true), not '" + value + "'");
            }
        }
    }

    private static Instant time(String name, String value) {
        return Operand.time(value).orElseThrow(() -> new InvalidQueryException(name,
                "must be a date-time with an offset, such as 2026-11-01T00:00:00Z; got '" + value + "'"));
    }

    private static int positive(String name, String value) {
        try {
            int number = Integer.parseInt(value);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidQueryException(name, "must be a whole number of at least 1, not '" + value + "'");
    }

    /** The numbers of a comparison: one for GT/GE/LT/LE, one or more for EQ. */
    private static List<Operand> numbers(String name, Comparison comparison, List<String> values) {
        List<String> texts = comparison == Comparison.EQ ? nonEmpty(name, values) : List.of(single(name, values));
        List<Operand> operands = new ArrayList<>();
        for (String text : texts) {
            BigDecimal number = Operand.number(text).orElseThrow(() ->
                    new InvalidQueryException(name, "must be a number, not '" + text + "'"));
            operands.add(new Operand(text, Optional.of(number), Optional.empty()));
        }
        return operands;
    }

    private static InvalidQueryException unknown(String name) {
        return new InvalidQueryException(name, "is not a query parameter of EPCIS 2.0 GET /events");
    }
}
