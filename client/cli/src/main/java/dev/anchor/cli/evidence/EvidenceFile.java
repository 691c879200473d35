package dev.anchor.cli.evidence;

import dev.anchor.cli.CliException;
import dev.anchor.cli.ExitCodes;
import dev.anchor.client.evidence.EvidenceRecord;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a document given on the command line; a missing or unreadable file is a usage-level failure. */
public final class EvidenceFile {
    private EvidenceFile() {
    }

    static EvidenceRecord record(String batchId, Path file, String mediaType, String uri) {
        requireReadable(file);
        try {
            return EvidenceRecord.ofFile(batchId, file, mediaType, uri);
        } catch (UncheckedIOException e) {
            throw unreadable(file, e);
        }
    }

    static String sha256(Path file) {
        requireReadable(file);
        try {
            return EvidenceRecord.sha256Of(file);
        } catch (UncheckedIOException e) {
            throw unreadable(file, e);
        }
    }

    private static void requireReadable(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new CliException("FILE_NOT_FOUND", "no file " + file, ExitCodes.FAILED);
        }
    }

    private static CliException unreadable(Path file, UncheckedIOException e) {
        return new CliException("FILE_UNREADABLE", "cannot read " + file + ": " + e.getCause().getMessage(),
                ExitCodes.FAILED);
    }
}
