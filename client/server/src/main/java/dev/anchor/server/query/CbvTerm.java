package dev.anchor.server.query;

/**
 * The CBV 2.0 vocabularies whose values may be written three ways: the bare word ({@code shipping}), the URN
 * ({@code urn:epcglobal:cbv:bizstep:shipping}) or the web URI ({@code https://ref.gs1.org/cbv/BizStep-shipping}).
 * The store keeps and queries the bare word, as the ledger's indexes do, so each form finds the others; a value in
 * none of these forms (a non-CBV URI) is kept as given.
 */
public enum CbvTerm {
    BIZ_STEP("urn:epcglobal:cbv:bizstep:", "https://ref.gs1.org/cbv/BizStep-"),
    DISPOSITION("urn:epcglobal:cbv:disp:", "https://ref.gs1.org/cbv/Disp-"),
    BIZ_TRANSACTION_TYPE("urn:epcglobal:cbv:btt:", "https://ref.gs1.org/cbv/BTT-"),
    SOURCE_DESTINATION_TYPE("urn:epcglobal:cbv:sdt:", "https://ref.gs1.org/cbv/SDT-"),
    ERROR_REASON("urn:epcglobal:cbv:er:", "https://ref.gs1.org/cbv/ER-");

    private final String urnPrefix;
    private final String webPrefix;

    CbvTerm(String urnPrefix, String webPrefix) {
        this.urnPrefix = urnPrefix;
        this.webPrefix = webPrefix;
    }

    /** @return the bare word of a CBV value; any other value unchanged (null stays null) */
    public String bareWord(String value) {
        if (value == null) {
            return null;
        }
        if (value.startsWith(urnPrefix) && value.length() > urnPrefix.length()) {
            return value.substring(urnPrefix.length());
        }
        if (value.startsWith(webPrefix) && value.length() > webPrefix.length()) {
            return value.substring(webPrefix.length());
        }
        return value;
    }
}
