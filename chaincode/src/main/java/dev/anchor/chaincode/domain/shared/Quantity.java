package dev.anchor.chaincode.domain.shared;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * An amount of product: a decimal greater than zero with at most 6 fraction digits and 18 integer
 * digits. Held without trailing zeros, so {@code 12.50} and {@code 12.5} are the same quantity.
 */
public record Quantity(BigDecimal value) {

    /** Plain decimal notation only: no sign, no exponent, no blanks. */
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("[0-9]+(\\.[0-9]+)?");
    private static final int MAX_FRACTION_DIGITS = 6;
    private static final int MAX_INTEGER_DIGITS = 18;

    public Quantity {
        if (value == null) {
            throw Refusal.invalidInput("quantity is required");
        }
        value = value.stripTrailingZeros();
        if (value.signum() <= 0) {
            throw Refusal.invalidInput("quantity must be greater than 0");
        }
        if (Math.max(0, value.scale()) > MAX_FRACTION_DIGITS) {
            throw Refusal.invalidInput("quantity may have at most 6 fraction digits");
        }
        if (value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            throw Refusal.invalidInput("quantity may have at most 18 integer digits");
        }
    }

    /** Reads a quantity as a transaction argument writes it, e.g. {@code 1200} or {@code 12.5}. */
    public static Quantity parse(String text) {
        if (text == null) {
            throw Refusal.invalidInput("quantity is required");
        }
        if (!PLAIN_DECIMAL.matcher(text).matches()) {
            throw Refusal.invalidInput("quantity must be a plain decimal number such as 1200 or 12.5");
        }
        return new Quantity(new BigDecimal(text));
    }

    @Override
    public String toString() {
        return value.toPlainString();
    }
}
