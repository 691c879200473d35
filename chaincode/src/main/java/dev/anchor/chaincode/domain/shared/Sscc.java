package dev.anchor.chaincode.domain.shared;

import dev.anchor.model.vocabulary.ErrorCode;
import java.util.regex.Pattern;

/**
 * A GS1 Serial Shipping Container Code: 18 digits, the last a GS1 mod-10 check digit. It names a
 * logistic unit (a case, a pallet). An argument of exactly 18 digits always names a unit, never a
 * batch ({@link BatchId} refuses that form).
 */
public record Sscc(String value) {

    private static final Pattern EIGHTEEN_DIGITS = Pattern.compile("[0-9]{18}");

    public Sscc {
        if (value == null || !EIGHTEEN_DIGITS.matcher(value).matches()) {
            throw new Refusal(ErrorCode.INVALID_SSCC, "an SSCC is exactly 18 digits, not " + (value == null ? "nothing" : Refusal.quoted(value)));
        }
        if (!Gs1CheckDigit.isValid(value)) {
            throw new Refusal(ErrorCode.INVALID_SSCC, "SSCC " + value + " has a wrong check digit (GS1 mod 10)");
        }
    }

    /** Whether {@code id} has the form of an SSCC (18 digits), so that it names a unit rather than a batch. */
    public static boolean hasForm(String id) {
        return id != null && EIGHTEEN_DIGITS.matcher(id).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
