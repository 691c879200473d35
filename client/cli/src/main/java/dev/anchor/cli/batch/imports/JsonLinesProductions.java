package dev.anchor.cli.batch.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON Lines production file: one JSON object per line with the {@link ProductionFields} as members (strings;
 * the quantity a string or a number), blank lines skipped.
 */
final class JsonLinesProductions {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private JsonLinesProductions() {
    }

    static void read(String text, ProductionFile.Builder into) {
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int line = i + 1;
            if (lines[i].isBlank()) {
                continue;
            }
            JsonNode object;
            try {
                object = MAPPER.readTree(lines[i]);
            } catch (JsonProcessingException e) {
                into.problem(new RowProblem(line, "-", "INVALID_INPUT", "not JSON: "
                        + e.getOriginalMessage().lines().findFirst().orElse("")));
                continue;
            }
            if (object == null || !object.isObject()) {
                into.problem(new RowProblem(line, "-", "INVALID_INPUT", "not a JSON object"));
                continue;
            }
            into.row(row(line, object));
        }
    }

    private static RowReading row(int line, JsonNode object) {
        JsonNode id = object.get("batchId");
        String shownId = id != null && id.isTextual() && !id.textValue().isEmpty() ? id.textValue() : "-";
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        List<String> naming = ProductionFields.namingProblems(names).stream()
                .filter(problem -> problem.startsWith("unknown")).toList();
        if (!naming.isEmpty()) {
            return new RowProblem(line, shownId, "INVALID_INPUT", String.join("; ", naming));
        }
        Map<String, String> values = new HashMap<>();
        for (String name : ProductionFields.NAMES) {
            JsonNode value = object.get(name);
            if (value == null || value.isNull()) {
                continue;
            }
            if (value.isTextual() || name.equals("quantity") && value.isNumber()) {
                values.put(name, value.isNumber() ? value.decimalValue().toPlainString() : value.textValue());
            } else {
                return new RowProblem(line, shownId, "INVALID_INPUT", name + " must be a string"
                        + (name.equals("quantity") ? " or a number" : ""));
            }
        }
        return ProductionFields.read(line, values);
    }
}
