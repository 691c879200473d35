package dev.anchor.cli.batch.imports;

import dev.anchor.client.custody.ProductionRecord;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The fields of a production row, as CSV columns and JSON Lines members: those of {@code RecordProduction} and
 * {@code anchor batch create} ({@code --id}, {@code --product}, {@code --name}, {@code --quantity}, {@code --unit},
 * {@code --site}), under the SDK's names. Every field is required; the chaincode checks the rest (docs/data-model.md).
 */
final class ProductionFields {
    /** The field names, in the order a CSV header would usually give them. */
    static final List<String> NAMES = List.of("batchId", "gtin", "productName", "quantity", "unit", "site");

    private ProductionFields() {
    }

    /** What a row misses, or names that no field has; empty when the names are exactly the fields. */
    static List<String> namingProblems(Iterable<String> names) {
        Set<String> given = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (String name : names) {
            if (!NAMES.contains(name)) {
                problems.add("unknown field \"" + name + "\" (the fields are " + String.join(", ", NAMES) + ")");
            } else if (!given.add(name)) {
                problems.add("field " + name + " is given twice");
            }
        }
        for (String name : NAMES) {
            if (!given.contains(name)) {
                problems.add("field " + name + " is missing");
            }
        }
        return problems;
    }

    /**
     * The row's batch, or the problem with it: a field missing or empty, a quantity that is not a decimal number.
     *
     * @param values the row's values by field name (a missing one absent or null)
     */
    static RowReading read(int line, Map<String, String> values) {
        String batchId = values.get("batchId");
        String shownId = batchId == null || batchId.isEmpty() ? "-" : batchId;
        for (String name : NAMES) {
            String value = values.get(name);
            if (value == null || value.isEmpty()) {
                return new RowProblem(line, shownId, "INVALID_INPUT", name + " is missing");
            }
        }
        BigDecimal quantity;
        try {
            quantity = new BigDecimal(values.get("quantity").strip());
        } catch (NumberFormatException e) {
            return new RowProblem(line, shownId, "INVALID_INPUT", "quantity \"" + values.get("quantity")
                    + "\" is not a decimal number (write e.g. 1200 or 12.5)");
        }
        return new ProductionRow(line, new ProductionRecord(batchId, values.get("gtin"), values.get("productName"),
                quantity, values.get("unit"), values.get("site")));
    }
}
