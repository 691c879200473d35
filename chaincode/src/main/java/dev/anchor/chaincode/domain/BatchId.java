package dev.anchor.chaincode.domain;

import java.util.regex.Pattern;

/** A batch identifier: 1-64 characters of {@code [A-Za-z0-9._-]}. */
public record BatchId(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public BatchId {
        if (value == null) {
            throw Refusal.invalidInput("batchId is required");
        }
        if (!FORM.matcher(value).matches()) {
            throw Refusal.invalidInput("batchId must be 1-64 characters of A-Z, a-z, 0-9, '.', '_' or '-'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
