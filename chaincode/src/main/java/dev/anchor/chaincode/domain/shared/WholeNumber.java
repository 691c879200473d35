package dev.anchor.chaincode.domain.shared;

import java.util.OptionalInt;

/**
 * A whole number given as text, as the chaincode takes page sizes and counts: decimal digits only (no sign, no
 * blanks), at most as many as {@code max} has, from {@code min} to {@code max}. Each caller refuses what is not one
 * with its own code and sentence.
 */
public final class WholeNumber {

    private WholeNumber() {
    }

    /** The number {@code text} writes when it is one from {@code min} to {@code max}; empty otherwise (or for null). */
    public static OptionalInt within(String text, int min, int max) {
        int digits = Integer.toString(max).length();
        if (text == null || text.isEmpty() || text.length() > digits || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalInt.empty();
        }
        int value = Integer.parseInt(text);
        return value < min || value > max ? OptionalInt.empty() : OptionalInt.of(value);
    }
}
