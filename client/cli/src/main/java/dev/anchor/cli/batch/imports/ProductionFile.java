package dev.anchor.cli.batch.imports;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A production file read whole before anything is sent: its rows in file order, and the problems of the rows that
 * could not be read (a missing or empty field, a quantity that is not a number, a batch id on two rows), each naming
 * its line. The format follows the name: {@code .csv}, or {@code .jsonl} / {@code .ndjson} (JSON Lines), UTF-8.
 *
 * @param rows     the rows read, in file order
 * @param problems the rows that could not be read, in line order
 */
public record ProductionFile(List<ProductionRow> rows, List<RowProblem> problems) {
    /** Keeps unmodifiable copies. */
    public ProductionFile {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    /** Whether the file's format can be told from its name. */
    public static boolean knownFormat(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".jsonl") || name.endsWith(".ndjson");
    }

    /**
     * @param file a {@code .csv}, {@code .jsonl} or {@code .ndjson} file ({@link #knownFormat})
     * @throws IOException when it cannot be read
     */
    public static ProductionFile read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new ProductionFile(List.of(), List.of(new RowProblem(1, "-", "INVALID_INPUT",
                    file.getFileName() + " is not UTF-8 text")));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Builder builder = new Builder();
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            CsvProductions.read(text, builder);
        } else {
            JsonLinesProductions.read(text, builder);
        }
        return builder.build();
    }

    /** Collects rows and problems; a batch id on an earlier row makes the later row a problem. */
    static final class Builder {
        private final List<ProductionRow> rows = new ArrayList<>();
        private final List<RowProblem> problems = new ArrayList<>();
        private final Map<String, Integer> lineOfBatch = new HashMap<>();

        void row(RowReading reading) {
            if (!(reading instanceof ProductionRow read)) {
                problem((RowProblem) reading);
                return;
            }
            Integer earlier = lineOfBatch.putIfAbsent(read.record().batchId(), read.line());
            if (earlier != null) {
                problem(new RowProblem(read.line(), read.record().batchId(), "INVALID_INPUT",
                        "batch " + read.record().batchId() + " is also on line " + earlier));
                return;
            }
            rows.add(read);
        }

        void problem(RowProblem problem) {
            problems.add(problem);
        }

        ProductionFile build() {
            problems.sort(Comparator.comparingInt(RowProblem::line));
            return new ProductionFile(rows, problems);
        }
    }
}
