package dev.anchor.server.http;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The GS1 EPCIS reference data ({@code shared/epcis}: the official examples and openapi.yaml) beside the repository
 * or one of its parents ({@code -Depcis.shared=DIR} to say where); absent on a machine without it.
 */
final class SharedEpcis {
    private SharedEpcis() {
    }

    static Optional<Path> dir() {
        String given = System.getProperty("epcis.shared");
        if (given != null) {
            return Optional.of(Path.of(given));
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path shared = dir.resolve("shared/epcis");
            if (Files.isDirectory(shared.resolve("JSON"))) {
                return Optional.of(shared);
            }
        }
        return Optional.empty();
    }
}
