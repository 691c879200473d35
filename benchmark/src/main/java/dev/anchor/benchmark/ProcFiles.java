package dev.anchor.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads Linux's {@code /proc}: a process's CPU ticks and memory, the machine's CPU ticks. */
final class ProcFiles {
    /** Linux reports CPU time in clock ticks of 1/100 s ({@code getconf CLK_TCK}). */
    static final double TICKS_PER_SECOND = 100.0;

    private ProcFiles() {
    }

    /** @return user + system CPU ticks of the process, or empty when it is gone */
    static OptionalLong processTicks(long pid) {
        return read(Path.of("/proc", Long.toString(pid), "stat")).map(ProcFiles::ticksOfStat)
                .map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    /**
     * User + system ticks from the text of {@code /proc/<pid>/stat}: fields 14 and 15, counted after the
     * command name in parentheses (which may contain blanks).
     */
    static long ticksOfStat(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        // fields[0] is field 3 (state), so field 14 is fields[11] and field 15 is fields[12]
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** @return {busy, total} ticks of all CPUs from {@code /proc/stat}, or {0, 0} when unreadable */
    static long[] machineTicks() {
        return read(Path.of("/proc/stat")).map(ProcFiles::machineTicksOf).orElse(new long[] {0, 0});
    }

    /** Busy and total ticks from the first ({@code cpu}) line of {@code /proc/stat}; idle and iowait are not busy. */
    static long[] machineTicksOf(String stat) {
        String[] fields = stat.lines().findFirst().orElse("cpu").trim().split("\\s+");
        long total = 0;
        long idle = 0;
        for (int i = 1; i < fields.length; i++) {
            long value = Long.parseLong(fields[i]);
            // user nice system idle iowait irq softirq steal guest guest_nice: guest time is already in user
            if (i <= 8) {
                total += value;
            }
            if (i == 4 || i == 5) {
                idle += value;
            }
        }
        return new long[] {total - idle, total};
    }

    /** @return a {@code kB} field of {@code /proc/<pid>/status}, e.g. VmHWM, or empty */
    static OptionalLong statusKilobytes(long pid, String field) {
        return read(Path.of("/proc", Long.toString(pid), "status")).map(text -> kilobytes(text, field))
                .orElse(OptionalLong.empty());
    }

    /** A {@code kB} field from the text of {@code /proc/<pid>/status}. */
    static OptionalLong kilobytes(String status, String field) {
        Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(field) + ":\\s+(\\d+) kB").matcher(status);
        return matcher.find() ? OptionalLong.of(Long.parseLong(matcher.group(1))) : OptionalLong.empty();
    }

    private static Optional<String> read(Path file) {
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
