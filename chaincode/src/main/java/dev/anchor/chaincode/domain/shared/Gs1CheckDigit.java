package dev.anchor.chaincode.domain.shared;

/** The GS1 mod-10 check digit that ends every GS1 key (GTIN, SSCC). */
final class Gs1CheckDigit {

    private Gs1CheckDigit() {
    }

    /**
     * The check digit of {@code body} (the key without its check digit): weights 3 and 1 alternate from
     * the digit next to the check digit leftwards; the check digit brings the sum up to a multiple of ten.
     */
    static int of(String body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            int digit = body.charAt(body.length() - 1 - i) - '0';
            sum += (i % 2 == 0) ? digit * 3 : digit;
        }
        return (10 - sum % 10) % 10;
    }

    /** Whether the last digit of {@code key} is the check digit of the digits before it. */
    static boolean isValid(String key) {
        return of(key.substring(0, key.length() - 1)) == key.charAt(key.length() - 1) - '0';
    }
}
