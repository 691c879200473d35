package dev.anchor.chaincode.domain.epcis;

import java.util.Objects;

/**
 * One value of a query parameter: an exact value, or a prefix (a pattern ending in {@code *}). A pattern of
 * EPCs written as an EPC pure identity pattern, {@code urn:epc:idpat:sgtin:0614141.107346.*}, means the EPCs
 * that begin {@code urn:epc:id:sgtin:0614141.107346.}; any other pattern means the values that begin with
 * what precedes its {@code *}, exactly as written (a Digital Link prefix, a class URI prefix).
 */
public record EpcisMatcher(String value, boolean prefix) implements Comparable<EpcisMatcher> {

    private static final String ID_PATTERN = "urn:epc:idpat:";
    private static final String ID = "urn:epc:id:";

    public EpcisMatcher {
        Objects.requireNonNull(value, "value");
    }

    public static EpcisMatcher exact(String value) {
        return new EpcisMatcher(value, false);
    }

    /**
     * A value of a MATCH_ parameter: a pattern when it ends in {@code *}.
     *
     * @param epcs whether it matches EPCs (an idpat pattern then means its {@code urn:epc:id:} prefix)
     * @return the matcher, or null when {@code *} appears anywhere but at the end, or nothing precedes it
     */
    static EpcisMatcher pattern(String text, boolean epcs) {
        int star = text.indexOf('*');
        if (star < 0) {
            return exact(text);
        }
        if (star != text.length() - 1 || star == 0) {
            return null;
        }
        String start = text.substring(0, star);
        if (epcs && start.startsWith(ID_PATTERN)) {
            start = ID + start.substring(ID_PATTERN.length());
        }
        return new EpcisMatcher(start, true);
    }

    public boolean matches(String candidate) {
        return prefix ? candidate.startsWith(value) : candidate.equals(value);
    }

    /** Whether it matches one of the values. */
    public boolean matchesAny(Iterable<String> candidates) {
        for (String candidate : candidates) {
            if (matches(candidate)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int compareTo(EpcisMatcher other) {
        int byValue = value.compareTo(other.value);
        return byValue != 0 ? byValue : Boolean.compare(prefix, other.prefix);
    }
}
