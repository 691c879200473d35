package dev.anchor.chaincode.domain.terms;

/**
 * The name of the private data collection of two organisations: {@code terms-<MSP A>-<MSP B>}, the MSP IDs in
 * alphabetical order, as network-config/lib/terms-collections.sh defines them in the chaincode definition.
 */
public final class TermsCollection {

    private static final String PREFIX = "terms-";

    private TermsCollection() {
    }

    public static String of(String mspA, String mspB) {
        return mspA.compareTo(mspB) <= 0 ? PREFIX + mspA + "-" + mspB : PREFIX + mspB + "-" + mspA;
    }
}
