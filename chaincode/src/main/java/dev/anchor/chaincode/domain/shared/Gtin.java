package dev.anchor.chaincode.domain.shared;

import java.util.regex.Pattern;

/** A GS1 Global Trade Item Number in its 14-digit form, with a correct check digit. */
public record Gtin(String value) {

    private static final Pattern FOURTEEN_DIGITS = Pattern.compile("[0-9]{14}");

    public Gtin {
        if (value == null) {
            throw Refusal.invalidInput("gtin is required");
        }
        if (!FOURTEEN_DIGITS.matcher(value).matches()) {
            throw Refusal.invalidInput("gtin must be exactly 14 digits");
        }
        if (checkDigitOf(value) != value.charAt(13) - '0') {
            throw Refusal.invalidInput("gtin " + value + " has a wrong check digit");
        }
    }

    /** The GS1 check digit of the first 13 digits. */
    static int checkDigitOf(String digits) {
        return Gs1CheckDigit.of(digits.substring(0, 13));
    }

    @Override
    public String toString() {
        return value;
    }
}
