package dev.anchor.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A client's own record, on disk, of what it sent: one line {@code SENT id} before a submission goes out,
 * {@code RETRY id} before each further attempt, {@code DUP id} when an attempt found the request already committed
 * (a transaction id the ledger held, answered with the first commit), {@code ACK id} once it is known to be on the ledger. Each line
 * is flushed to the file at once, so a client killed with SIGKILL loses nothing it had written, and a new
 * client reading the same file knows what it must finish.
 */
final class SubmissionJournal implements AutoCloseable {
    private final Set<String> sent = new LinkedHashSet<>();
    private final Set<String> acknowledged = new LinkedHashSet<>();
    private int retries;
    private int duplicates;
    private final Writer out;

    private SubmissionJournal(Path file) throws IOException {
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                read(line);
            }
        }
        out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** Opens the journal at {@code file}, reading what an earlier client wrote there. */
    static SubmissionJournal open(Path file) {
        try {
            return new SubmissionJournal(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the journal " + file, e);
        }
    }

    private void read(String line) {
        String[] words = line.split(" ", 2);
        if (words.length != 2) {
            return; // a line cut short by a kill
        }
        switch (words[0]) {
            case "SENT" -> sent.add(words[1]);
            case "RETRY" -> retries++;
            case "DUP" -> duplicates++;
            case "ACK" -> acknowledged.add(words[1]);
            default -> {
            }
        }
    }

    synchronized void sent(String id) {
        sent.add(id);
        write("SENT " + id);
    }

    synchronized void retried(String id) {
        retries++;
        write("RETRY " + id);
    }

    synchronized void duplicate(String id) {
        duplicates++;
        write("DUP " + id);
    }

    synchronized void acknowledged(String id) {
        acknowledged.add(id);
        write("ACK " + id);
    }

    synchronized List<String> sentIds() {
        return List.copyOf(sent);
    }

    synchronized Set<String> acknowledgedIds() {
        return Set.copyOf(acknowledged);
    }

    /** Sent, in order, and not (yet) known to be on the ledger. */
    synchronized List<String> unacknowledged() {
        return sent.stream().filter(id -> !acknowledged.contains(id)).toList();
    }

    synchronized int retries() {
        return retries;
    }

    /** Attempts that found their request already committed, and got the first commit's receipt instead. */
    synchronized int duplicates() {
        return duplicates;
    }

    private void write(String line) {
        try {
            out.write(line);
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the journal", e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the journal", e);
        }
    }
}
