package dev.anchor.cli.batch.imports;

import dev.anchor.client.custody.ProductionRecord;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The rows of one transaction of an import, and its request id: {@code import-} and the SHA-256 (hex) of each of its
 * batches' fields, in order. The same file imported with the same rows per transaction gives the same chunks and ids,
 * so that a rerun after a crash gets each committed chunk's first commit back instead of writing it twice; the same
 * batches sent again in any file are the same request.
 *
 * @param index     its position among the file's chunks (from 0)
 * @param rows      its rows, in file order
 * @param requestId its request id
 */
public record ImportChunk(int index, List<ProductionRow> rows, String requestId) {
    /** Keeps an unmodifiable copy of the rows. */
    public ImportChunk {
        rows = List.copyOf(rows);
    }

    /** The rows cut into chunks of {@code perTransaction} (the last one shorter), each with its request id. */
    public static List<ImportChunk> of(List<ProductionRow> rows, int perTransaction) {
        if (perTransaction < 1) {
            throw new IllegalArgumentException("perTransaction " + perTransaction);
        }
        List<ImportChunk> chunks = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += perTransaction) {
            List<ProductionRow> part = rows.subList(from, Math.min(rows.size(), from + perTransaction));
            int index = chunks.size();
            chunks.add(new ImportChunk(index, part, requestId(part)));
        }
        return chunks;
    }

    /** The batches to record, in row order. */
    public List<ProductionRecord> records() {
        return rows.stream().map(ProductionRow::record).toList();
    }

    /** The first and last line of its rows, e.g. {@code 2-201}. */
    public String lines() {
        return rows.get(0).line() + "-" + rows.get(rows.size() - 1).line();
    }

    private static String requestId(List<ProductionRow> rows) {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
        for (ProductionRow row : rows) {
            ProductionRecord r = row.record();
            for (String value : List.of(r.batchId(), r.gtin(), r.productName(), r.quantity().toPlainString(), r.unit(),
                    r.site())) {
                field(sha256, value);
            }
        }
        return "import-" + HexFormat.of().formatHex(sha256.digest());
    }

    /** Each value preceded by its length in bytes, so that no two different chunks hash alike. */
    private static void field(MessageDigest sha256, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        sha256.update(new byte[] {(byte) (bytes.length >>> 24), (byte) (bytes.length >>> 16),
                (byte) (bytes.length >>> 8), (byte) bytes.length});
        sha256.update(bytes);
    }
}
