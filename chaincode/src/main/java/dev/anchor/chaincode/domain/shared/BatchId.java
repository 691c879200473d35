package dev.anchor.chaincode.domain.shared;

import java.util.regex.Pattern;

/**
 * A batch identifier: 1-64 characters of {@code [A-Za-z0-9._-]}, but not exactly 18 digits (that form
 * names a logistic unit, see {@link Sscc}).
 */
public record BatchId(String value) {

    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public BatchId {
        if (value == null) {
            throw Refusal.invalidInput("batchId is required");
        }
        if (!FORM.matcher(value).matches()) {
            throw Refusal.invalidInput("batchId must be 1-64 characters of A-Z, a-z, 0-9, '.', '_' or '-'");
        }
        if (Sscc.hasForm(value)) {
            throw Refusal.invalidInput("batchId may not be exactly 18 digits: that form is an SSCC, a logistic unit");
        }
    }

    /** Whether {@code value} has the characters and length of a batch id (an 18-digit SSCC included). */
    public static boolean hasForm(String value) {
        return value != null && FORM.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
