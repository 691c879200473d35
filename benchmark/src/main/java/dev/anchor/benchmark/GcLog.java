package dev.anchor.benchmark;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chaincode server's GC log ({@code -Xlog:gc}, written by {@code start-chaincode.sh} to
 * {@code .anchor/logs/chaincode-<org>-gc.log}), read from an offset: each collection's line, e.g.
 * {@code [12.3s][info][gc] GC(7) Pause Young (Normal) (G1 Evacuation Pause) 98M->12M(256M) 3.1ms}, says how
 * much heap was in use before and after it.
 */
final class GcLog {
    private static final Pattern COLLECTION = Pattern.compile("GC\\(\\d+\\) .*?(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

    private GcLog() {
    }

    /** Heap in use around collections, in MiB: the most before one, the most after one. */
    record Peaks(double beforeGc, double afterGc) {
        static final Peaks NONE = new Peaks(0, 0);
    }

    /** @return the log's size now, to read only what is written after */
    static long size(Path log) {
        try {
            return Files.isRegularFile(log) ? Files.size(log) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** @return the peaks of the collections logged after {@code offset}; {@link Peaks#NONE} without any */
    static Peaks peaksSince(Path log, long offset) {
        if (!Files.isRegularFile(log)) {
            return Peaks.NONE;
        }
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long from = offset <= file.length() ? offset : 0;
            byte[] text = new byte[(int) Math.min(Integer.MAX_VALUE - 8, file.length() - from)];
            file.seek(from);
            file.readFully(text);
            return peaks(new String(text, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Peaks.NONE;
        }
    }

    /** The peaks of the collection lines in a piece of GC log. */
    static Peaks peaks(String text) {
        Matcher matcher = COLLECTION.matcher(text);
        double before = 0;
        double after = 0;
        while (matcher.find()) {
            before = Math.max(before, mebibytes(matcher.group(1), matcher.group(2)));
            after = Math.max(after, mebibytes(matcher.group(3), matcher.group(4)));
        }
        return new Peaks(before, after);
    }

    private static double mebibytes(String amount, String unit) {
        double value = Double.parseDouble(amount);
        return switch (unit) {
            case "K" -> value / 1024;
            case "G" -> value * 1024;
            default -> value;
        };
    }
}
