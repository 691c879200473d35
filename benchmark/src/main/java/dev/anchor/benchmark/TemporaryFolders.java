package dev.anchor.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The temporary folders of the server rounds (a query store, a server's certificate and secret). */
final class TemporaryFolders {
    private TemporaryFolders() {
    }

    /** @return a new folder in the system's temporary directory, its name starting with {@code prefix} */
    static Path create(String prefix, String purpose) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a temporary folder for " + purpose + ": " + e.getMessage(), e);
        }
    }

    /** Deletes a folder and what it holds (best effort: a temporary folder left behind harms nothing). */
    static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // left for the system's cleaning of temporary files
        }
    }
}
