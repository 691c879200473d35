package dev.anchor.server.query;

import java.util.Locale;

/** How text values of an event member and of a query compare for equality. */
public enum TextForm {
    /** Exactly as written. */
    AS_WRITTEN {
        @Override
        String normal(String text) {
            return text;
        }
    },
    /** Letter case ignored ({@code hexBinaryValue}). */
    IGNORING_CASE {
        @Override
        String normal(String text) {
            return text.toLowerCase(Locale.ROOT);
        }
    },
    /**
     * A GS1 measurement type in any of its forms: {@code Temperature}, {@code gs1:Temperature},
     * {@code https://gs1.org/voc/Temperature}.
     */
    MEASUREMENT_TYPE {
        @Override
        String normal(String text) {
            for (String prefix : new String[] {"https://gs1.org/voc/", "http://gs1.org/voc/", "gs1:"}) {
                if (text.startsWith(prefix)) {
                    return text.substring(prefix.length());
                }
            }
            return text;
        }
    };

    abstract String normal(String text);
}
