package dev.anchor.chaincode.domain.shared;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A GS1 identifier naming a batch/lot of a trade item, as EPCIS events write them: a GS1 Digital Link URI with a
 * GTIN (AI 01) and a batch/lot (AI 10), on any host and with or without a path before it or further key
 * qualifiers after it ({@code https://id.gs1.org/01/09506000134352/10/PEAR-001},
 * {@code https://example.com/01/09506000134352/10/PEAR-001/21/7}), or an LGTIN EPC class URN
 * ({@code urn:epc:class:lgtin:9506000.013435.PEAR-001}). Percent-escapes in the lot are decoded. SGTIN URNs name
 * a serial, not a lot, and are not batch references.
 */
public record Gs1BatchReference(String gtin, String lot) {

    private static final Pattern DIGITAL_LINK = Pattern.compile(
            "https?://[^/?#]+(?:/[^?#]*)?/01/([0-9]{8}|[0-9]{12,14})(?:/22/[^/?#]+)?/10/([^/?#]+)(?:/[^?#]*)?(?:[?#].*)?");
    private static final Pattern LGTIN = Pattern.compile("urn:epc:class:lgtin:([0-9]+)\\.([0-9]+)\\.(.+)");
    private static final int GTIN_BODY_DIGITS = 13;

    /** The batch reference an EPC or EPC class makes, or empty when it names no batch/lot. */
    public static Optional<Gs1BatchReference> of(String identifier) {
        if (identifier == null) {
            return Optional.empty();
        }
        Matcher link = DIGITAL_LINK.matcher(identifier);
        if (link.matches()) {
            String gtin = "0".repeat(14 - link.group(1).length()) + link.group(1);
            return decoded(link.group(2)).map(lot -> new Gs1BatchReference(gtin, lot));
        }
        Matcher urn = LGTIN.matcher(identifier);
        if (urn.matches()) {
            String companyPrefix = urn.group(1);
            String indicatorAndItem = urn.group(2);
            if (indicatorAndItem.isEmpty() || companyPrefix.length() + indicatorAndItem.length() != GTIN_BODY_DIGITS) {
                return Optional.empty();
            }
            String body = indicatorAndItem.charAt(0) + companyPrefix + indicatorAndItem.substring(1);
            String gtin = body + Gs1CheckDigit.of(body);
            return decoded(urn.group(3)).map(lot -> new Gs1BatchReference(gtin, lot));
        }
        return Optional.empty();
    }

    /** Decodes {@code %XX} escapes (UTF-8); empty when one is malformed. */
    private static Optional<String> decoded(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '%') {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            if (i + 2 >= text.length()) {
                return Optional.empty();
            }
            int high = Character.digit(text.charAt(i + 1), 16);
            int low = Character.digit(text.charAt(i + 2), 16);
            if (high < 0 || low < 0) {
                return Optional.empty();
            }
            bytes.write(high * 16 + low);
            i += 2;
        }
        return Optional.of(bytes.toString(StandardCharsets.UTF_8));
    }
}
