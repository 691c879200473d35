package dev.anchor.chaincode.domain.shared;

import dev.anchor.model.vocabulary.ErrorCode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.regex.Pattern;

/** A SHA-256 digest as 64 lowercase hexadecimal digits; anything else is {@link ErrorCode#INVALID_INPUT}. */
public record Sha256(String value) {

    private static final Pattern FORM = Pattern.compile("[0-9a-f]{64}");
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    public Sha256 {
        if (value == null || !FORM.matcher(value).matches()) {
            throw Refusal.invalidInput("sha256 must be 64 lowercase hexadecimal digits");
        }
    }

    /** The SHA-256 digest of {@code bytes}. */
    public static Sha256 of(byte[] bytes) {
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
        char[] out = new char[digest.length * 2];
        for (int i = 0; i < digest.length; i++) {
            out[2 * i] = HEX[(digest[i] >> 4) & 0xF];
            out[2 * i + 1] = HEX[digest[i] & 0xF];
        }
        return new Sha256(new String(out));
    }

    @Override
    public String toString() {
        return value;
    }
}
