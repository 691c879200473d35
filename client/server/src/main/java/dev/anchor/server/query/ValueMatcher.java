package dev.anchor.server.query;

import java.util.Objects;

/**
 * One value of a query parameter: an exact value, or a prefix (a MATCH_ value ending in {@code *}). An EPC pure
 * identity pattern, {@code urn:epc:idpat:sgtin:0614141.107346.*}, means the EPCs that begin
 * {@code urn:epc:id:sgtin:0614141.107346.}; any other pattern means the values that begin with what precedes its
 * {@code *}, exactly as written (a Digital Link prefix, a class URI prefix).
 *
 * @param value  the exact value, or the prefix without its {@code *}
 * @param prefix whether it matches every value that begins with {@code value}
 */
public record ValueMatcher(String value, boolean prefix) {
    private static final String ID_PATTERN = "urn:epc:idpat:";
    private static final String ID = "urn:epc:id:";

    public ValueMatcher {
        Objects.requireNonNull(value, "value");
    }

    public static ValueMatcher exact(String value) {
        return new ValueMatcher(value, false);
    }

    /**
     * Reads a value of a MATCH_ parameter.
     *
     * @param epcs whether it matches EPCs (an idpat pattern then means its {@code urn:epc:id:} prefix)
     * @throws InvalidQueryException when {@code *} appears anywhere but at the end, or nothing precedes it
     */
    public static ValueMatcher pattern(String parameter, String text, boolean epcs) {
        int star = text.indexOf('*');
        if (star < 0) {
            return exact(text);
        }
        if (star != text.length() - 1 || star == 0) {
            throw new InvalidQueryException(parameter, "'*' may only end a pattern that has a prefix before it, as in "
                    + "urn:epc:idpat:sgtin:0614141.107346.*; got '" + text + "'");
        }
        String start = text.substring(0, star);
        if (epcs && start.startsWith(ID_PATTERN)) {
            start = ID + start.substring(ID_PATTERN.length());
        }
        return new ValueMatcher(start, true);
    }

    /** @return whether the candidate is this value, or begins with this prefix */
    public boolean matches(String candidate) {
        return prefix ? candidate.startsWith(value) : candidate.equals(value);
    }
}
