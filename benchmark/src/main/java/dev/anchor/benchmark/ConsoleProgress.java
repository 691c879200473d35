package dev.anchor.benchmark;

import java.io.PrintStream;
import java.util.Locale;

/** Prints a round's progress as one line each time: {@code [production]  15 s  sent 4210  ok 4210  failed 0  now 301 tx/s}. */
public final class ConsoleProgress implements ProgressListener {
    private final PrintStream out;

    /** @param out where the lines go */
    public ConsoleProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public void progress(RoundKind round, double elapsed, boolean warmingUp, long sent, long succeeded, long failed,
                         double current) {
        out.println(line(round, elapsed, warmingUp, sent, succeeded, failed, current));
        out.flush();
    }

    static String line(RoundKind round, double elapsed, boolean warmingUp, long sent, long succeeded, long failed,
                       double current) {
        String counts = warmingUp
                ? "warm-up"
                : String.format(Locale.ROOT, "sent %d  ok %d  failed %d", sent, succeeded, failed);
        return String.format(Locale.ROOT, "[%s] %5.0f s  %s  now %.0f %s/s", round.id(), elapsed, counts, current,
                round.unit());
    }
}
