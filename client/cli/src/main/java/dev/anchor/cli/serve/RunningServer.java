package dev.anchor.cli.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code .anchor/serve/<MSP ID>/server.json}: where this organisation's {@code anchor serve} listens and which TLS
 * certificate it presents, written while it runs, so that {@code anchor epcis query} asks its query store instead
 * of the ledger. A file left behind by a server that was killed names a port nobody answers on: the query then
 * falls back to the ledger.
 *
 * @param url         {@code https://host:port}
 * @param certificate the server's TLS certificate (PEM)
 */
public record RunningServer(URI url, Path certificate) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FILE = "server.json";

    /** The server of {@code mspId} whose folders are under {@code anchorFolder} ({@code .anchor}), if one runs. */
    public static Optional<RunningServer> of(Path anchorFolder, String mspId) {
        Path file = anchorFolder.resolve("serve").resolve(mspId).resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(file.toFile());
            return Optional.of(new RunningServer(URI.create(node.path("url").asText()),
                    Path.of(node.path("certificate").asText())));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Writes the file into {@code servingFolder} ({@code .anchor/serve/<MSP ID>}); returns it. */
    Path write(Path servingFolder) {
        ObjectNode node = JSON.createObjectNode();
        node.put("url", url.toString());
        node.put("certificate", certificate.toAbsolutePath().toString());
        Path file = servingFolder.resolve(FILE);
        try {
            Files.createDirectories(servingFolder);
            Files.writeString(file, JSON.writeValueAsString(node));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return file;
    }
}
