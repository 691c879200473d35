package dev.anchor.client.custody;

import java.util.Objects;

/**
 * Serial Shipping Container Codes (SSCC-18), the GS1 key of a logistic unit such as a pallet: an extension digit,
 * the GS1 company prefix and a serial reference (17 digits together), then the GS1 mod-10 check digit.
 *
 * <pre>{@code
 * String pallet = Sscc.withCheckDigit("30950600000004711");   // "309506000000047114"
 * manufacturer.packUnit(pallet, List.of("BOTTLES-A"));
 * }</pre>
 */
public final class Sscc {
    private static final int BODY_DIGITS = 17;

    private Sscc() {
    }

    /**
     * The SSCC whose first 17 digits are {@code body}: the body followed by its GS1 check digit.
     *
     * @throws IllegalArgumentException when {@code body} is not exactly 17 decimal digits
     */
    public static String withCheckDigit(String body) {
        Objects.requireNonNull(body, "body");
        if (body.length() != BODY_DIGITS || !body.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("an SSCC body is 17 digits, not \"" + body + "\"");
        }
        int sum = 0;
        for (int i = 0; i < BODY_DIGITS; i++) {
            int digit = body.charAt(BODY_DIGITS - 1 - i) - '0';
            sum += i % 2 == 0 ? digit * 3 : digit;
        }
        return body + (10 - sum % 10) % 10;
    }
}
