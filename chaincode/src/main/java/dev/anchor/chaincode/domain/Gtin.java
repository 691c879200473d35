package dev.anchor.chaincode.domain;

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

    /**
     * The GS1 check digit of the first 13 digits: weights 3 and 1 alternate from the digit next
     * to the check digit leftwards; the check digit brings the sum up to a multiple of ten.
     */
    static int checkDigitOf(String digits) {
        int sum = 0;
        for (int i = 0; i < 13; i++) {
            int digit = digits.charAt(12 - i) - '0';
            sum += (i % 2 == 0) ? digit * 3 : digit;
        }
        return (10 - sum % 10) % 10;
    }

    @Override
    public String toString() {
        return value;
    }
}
