package dev.anchor.client.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * An off-chain document to attach to a batch (the arguments of {@code AttachEvidence}): only its SHA-256, media type,
 * size and locator go on the ledger, the document stays where it is.
 *
 * <pre>{@code
 * EvidenceRecord report = EvidenceRecord.ofFile("PEAR-002", Path.of("lab-report-4711.pdf"), "application/pdf",
 *         "https://lab.example/reports/4711.pdf");
 * manufacturer.attachEvidence(report);
 * }</pre>
 *
 * @param batchId   the batch
 * @param sha256    the document's SHA-256, 64 lowercase hex digits
 * @param mediaType e.g. {@code application/pdf}
 * @param size      its size in bytes
 * @param uri       where to find it, if anywhere
 */
public record EvidenceRecord(String batchId, String sha256, String mediaType, long size, Optional<String> uri) {
    /** Checks that no component is null; a null {@code uri} becomes empty. */
    public EvidenceRecord {
        Objects.requireNonNull(batchId, "batchId");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(mediaType, "mediaType");
        uri = Objects.requireNonNullElse(uri, Optional.empty());
    }

    /**
     * The record of a file: reads it once to compute its SHA-256 and size.
     *
     * @param uri where the document can be found, or null
     * @throws UncheckedIOException when the file cannot be read
     */
    public static EvidenceRecord ofFile(String batchId, Path file, String mediaType, String uri) {
        return new EvidenceRecord(batchId, sha256Of(file), mediaType, sizeOf(file), Optional.ofNullable(uri));
    }

    /**
     * The lowercase hex SHA-256 of a file's bytes.
     *
     * @throws UncheckedIOException when the file cannot be read
     */
    public static String sha256Of(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), newDigest())) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
