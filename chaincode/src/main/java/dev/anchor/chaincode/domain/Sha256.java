package dev.anchor.chaincode.domain;

import java.util.regex.Pattern;

/** A SHA-256 digest as 64 lowercase hexadecimal digits; anything else is {@link ErrorCode#INVALID_INPUT}. */
public record Sha256(String value) {

    private static final Pattern FORM = Pattern.compile("[0-9a-f]{64}");

    public Sha256 {
        if (value == null || !FORM.matcher(value).matches()) {
            throw Refusal.invalidInput("sha256 must be 64 lowercase hexadecimal digits");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
