package dev.anchor.chaincode.domain.shared;

/** The rule for descriptive text arguments (product name, site, unit, reason): non-blank and bounded. */
public final class FreeText {

    private FreeText() {
    }

    /**
     * Returns the text unchanged if it is non-blank, well-formed Unicode (no lone surrogate) and at
     * most {@code maxCharacters} characters (Unicode code points) long.
     */
    public static String require(String field, String text, int maxCharacters) {
        if (text == null || text.isBlank()) {
            throw Refusal.invalidInput(field + " must not be blank");
        }
        if (hasLoneSurrogate(text)) {
            throw Refusal.invalidInput(field + " must be well-formed Unicode text");
        }
        if (text.codePointCount(0, text.length()) > maxCharacters) {
            throw Refusal.invalidInput(field + " may have at most " + maxCharacters + " characters");
        }
        return text;
    }

    private static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
