package dev.anchor.chaincode.domain.epcis;

/**
 * CBV 2.0 business steps and dispositions in one form: the bare word ({@code shipping}), whether an event
 * writes {@code shipping}, {@code urn:epcglobal:cbv:bizstep:shipping} or
 * {@code https://ref.gs1.org/cbv/BizStep-shipping}. A value in none of these forms (a non-CBV URI) is kept as
 * given. Indexes and queries use the same form, so each finds what the other wrote.
 */
public enum CbvVocabulary {
    BIZ_STEP("urn:epcglobal:cbv:bizstep:", "https://ref.gs1.org/cbv/BizStep-"),
    DISPOSITION("urn:epcglobal:cbv:disp:", "https://ref.gs1.org/cbv/Disp-");

    private final String urnPrefix;
    private final String webPrefix;

    CbvVocabulary(String urnPrefix, String webPrefix) {
        this.urnPrefix = urnPrefix;
        this.webPrefix = webPrefix;
    }

    /** The bare word of a CBV value; any other value unchanged. */
    public String bareWord(String value) {
        if (value.startsWith(urnPrefix) && value.length() > urnPrefix.length()) {
            return value.substring(urnPrefix.length());
        }
        if (value.startsWith(webPrefix) && value.length() > webPrefix.length()) {
            return value.substring(webPrefix.length());
        }
        return value;
    }
}
