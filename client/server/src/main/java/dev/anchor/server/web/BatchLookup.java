package dev.anchor.server.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person typed, pasted or scanned into the web page's search box, read as one of the ways a batch is named:
 * a GS1 Digital Link URI ({@code https://id.example.com/01/09506000134352/10/PEAR-001}, or {@code …/00/SSCC}), a GS1
 * element string ({@code (01)09506000134352(10)PEAR-001}, {@code (00)SSCC}), a GTIN and a lot separated by a space,
 * an SSCC (18 digits), or else a batch id. A GTIN-8, -12 or -13 is read as the GTIN-14 it pads to.
 *
 * <pre>{@code
 * BatchLookup lookup = BatchLookup.parse("https://id.gs1.org/01/09506000134352/10/PEAR-001");
 * lookup.lot();   // "PEAR-001"; lookup.gtin() is "09506000134352"
 * }</pre>
 *
 * @param readAs what the text was read as, in words for the page ("GS1 Digital Link (GTIN + lot)", ...)
 * @param lot    the batch id (Anchor's batch id is the lot), empty for an SSCC
 * @param gtin   the GTIN-14 the batch must be of, when one was given
 * @param sscc   the logistic unit's SSCC, when the text named one
 */
public record BatchLookup(String readAs, Optional<String> lot, Optional<String> gtin, Optional<String> sscc) {
    private static final Pattern GTIN = Pattern.compile("\\d{8}|\\d{12,14}");
    private static final Pattern SSCC = Pattern.compile("\\d{18}");
    private static final Pattern DIGITAL_LINK_LOT = Pattern.compile("/01/(\\d+)/10/([^/?#]+)");
    private static final Pattern DIGITAL_LINK_GTIN = Pattern.compile("/01/(\\d+)/?(?:[?#].*)?$");
    private static final Pattern DIGITAL_LINK_SSCC = Pattern.compile("/00/(\\d+)/?(?:[?#].*)?$");
    private static final Pattern ELEMENT_LOT = Pattern.compile("\\(01\\)(\\d+)\\(10\\)(.+)");
    private static final Pattern ELEMENT_SSCC = Pattern.compile("\\(00\\)(\\d+)");
    private static final Pattern GTIN_AND_LOT = Pattern.compile("(\\d+)\\s+(\\S+)");
    private static final Pattern BATCH_ID = Pattern.compile("[^\\s/?#]{1,128}");
    private static final int GTIN_14 = 14;

    /**
     * @throws IllegalArgumentException naming what is wrong: empty text, a Digital Link URI without a GTIN + lot or
     *                                  SSCC, a GTIN that is not 8, 12, 13 or 14 digits, an SSCC that is not 18 digits
     */
    public static BatchLookup parse(String text) {
        String q = text == null ? "" : text.strip();
        if (q.isEmpty()) {
            throw new IllegalArgumentException("type a batch id, a GTIN and lot, an SSCC or a GS1 Digital Link URI");
        }
        if (q.regionMatches(true, 0, "http://", 0, 7) || q.regionMatches(true, 0, "https://", 0, 8)) {
            return digitalLink(q);
        }
        Matcher m = ELEMENT_LOT.matcher(q);
        if (m.matches()) {
            return byLot("GS1 element string (GTIN + lot)", m.group(1), m.group(2));
        }
        m = ELEMENT_SSCC.matcher(q);
        if (m.matches()) {
            return bySscc("GS1 element string (SSCC)", m.group(1));
        }
        m = GTIN_AND_LOT.matcher(q);
        if (m.matches()) {
            return byLot("GTIN + lot", m.group(1), m.group(2));
        }
        if (SSCC.matcher(q).matches()) {
            return bySscc("SSCC", q);
        }
        if (!BATCH_ID.matcher(q).matches()) {
            throw new IllegalArgumentException("\"" + q + "\" is no batch id (a batch id has no spaces, '/', '?' or"
                    + " '#'), GTIN + lot, SSCC or GS1 Digital Link URI");
        }
        return new BatchLookup("batch id", Optional.of(q), Optional.empty(), Optional.empty());
    }

    private static BatchLookup digitalLink(String uri) {
        String path;
        try {
            path = new URI(uri).getRawPath();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("\"" + uri + "\" is not a URI: " + e.getReason());
        }
        path = path == null ? "" : path;
        Matcher m = DIGITAL_LINK_LOT.matcher(path);
        if (m.find()) {
            return byLot("GS1 Digital Link (GTIN + lot)", m.group(1), decode(m.group(2)));
        }
        m = DIGITAL_LINK_SSCC.matcher(path);
        if (m.find()) {
            return bySscc("GS1 Digital Link (SSCC)", m.group(1));
        }
        if (DIGITAL_LINK_GTIN.matcher(path).find()) {
            throw new IllegalArgumentException("the GS1 Digital Link names a product (/01/GTIN) but no lot (/10/LOT):"
                    + " a batch is named by both");
        }
        throw new IllegalArgumentException("the URI is no GS1 Digital Link of a batch (…/01/GTIN/10/LOT) or of a"
                + " logistic unit (…/00/SSCC)");
    }

    private static BatchLookup byLot(String readAs, String gtin, String lot) {
        if (!GTIN.matcher(gtin).matches()) {
            throw new IllegalArgumentException("a GTIN is 8, 12, 13 or 14 digits, not \"" + gtin + "\"");
        }
        return new BatchLookup(readAs, Optional.of(lot), Optional.of("0".repeat(GTIN_14 - gtin.length()) + gtin),
                Optional.empty());
    }

    private static BatchLookup bySscc(String readAs, String sscc) {
        if (!SSCC.matcher(sscc).matches()) {
            throw new IllegalArgumentException("an SSCC is 18 digits, not \"" + sscc + "\"");
        }
        return new BatchLookup(readAs, Optional.empty(), Optional.empty(), Optional.of(sscc));
    }

    private static String decode(String segment) {
        return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
