package dev.anchor.cli.batch.imports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV production file (RFC 4180, comma-separated, UTF-8): a header row naming the {@link ProductionFields} in any
 * order, then one batch per row. Quoted values may hold commas, quotes ({@code ""}) and line breaks.
 */
final class CsvProductions {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).get();

    private CsvProductions() {
    }

    /** Adds each row to {@code into}; a header that does not name exactly the fields is one problem, on line 1. */
    static void read(String text, ProductionFile.Builder into) {
        try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
            List<String> header = parser.getHeaderNames();
            List<String> naming = ProductionFields.namingProblems(header);
            if (!naming.isEmpty()) {
                into.problem(new RowProblem(1, "-", "INVALID_INPUT", "the header: " + String.join("; ", naming)));
                return;
            }
            LineCounter lines = new LineCounter(text);
            for (CSVRecord record : parser) {
                int line = lines.lineOf(record.getCharacterPosition());
                if (record.size() != header.size()) {
                    into.problem(new RowProblem(line, record.size() > 0 ? record.get(0) : "-", "INVALID_INPUT",
                            "has " + record.size() + " values, the header " + header.size()));
                    continue;
                }
                Map<String, String> values = new HashMap<>();
                header.forEach(name -> values.put(name, record.get(name)));
                into.row(ProductionFields.read(line, values));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            into.problem(new RowProblem(1, "-", "INVALID_INPUT", "not CSV: " + e.getMessage()));
        }
    }

    /** The line (from 1) of character positions asked in increasing order: one more than the line breaks before. */
    private static final class LineCounter {
        private final String text;
        private int position;
        private int line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        int lineOf(long characterPosition) {
            for (; position < characterPosition && position < text.length(); position++) {
                if (text.charAt(position) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }
}
