package dev.anchor.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The table of docs/epcis-conformance.md: for each official example document (path under {@code JSON/}), whether
 * Anchor captures or refuses it, how many events it holds, how many of them are new when the examples are captured
 * in the table's order on an empty ledger, and the notes (for a refusal, the schema's first problem).
 */
record ConformanceTable(Map<String, Row> rows) {

    record Row(String example, boolean captured, int events, int fresh, String notes) {
    }

    static ConformanceTable read(Path markdown) throws IOException {
        Map<String, Row> rows = new TreeMap<>();
        for (String line : Files.readAllLines(markdown)) {
            if (!line.startsWith("| `")) {
                continue;
            }
            String[] cells = line.split("\\|", -1);
            String example = cells[1].trim().replace("`", "");
            String outcome = cells[2].trim();
            rows.put(example, new Row(example, outcome.equals("captured"), Integer.parseInt(cells[3].trim()),
                    Integer.parseInt(cells[4].trim()), cells[5].trim()));
        }
        return new ConformanceTable(rows);
    }
}
