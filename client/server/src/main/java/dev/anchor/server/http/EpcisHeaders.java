package dev.anchor.server.http;

import io.javalin.http.Context;

import java.util.Map;

/**
 * The GS1 headers of the REST binding: the versions this server speaks (EPCIS 2.0.0, CBV 2.0.0) on every answer,
 * the discovery headers of {@code OPTIONS}, and the check of a client's {@code GS1-EPCIS-Min/Max} and
 * {@code GS1-CBV-Min/Max} against them.
 */
final class EpcisHeaders {
    static final String EPCIS_VERSION = "2.0.0";
    static final String CBV_VERSION = "2.0.0";
    /** The extension namespace Anchor adds to events ({@code anchor:ledger}); docs/epcis.md declares it. */
    static final String EXTENSIONS = "anchor=urn:anchor:epcis:";

    private EpcisHeaders() {
    }

    /** Sets the version headers every answer carries. */
    static void versions(Context ctx) {
        ctx.header("GS1-EPCIS-Version", EPCIS_VERSION);
        ctx.header("GS1-CBV-Version", CBV_VERSION);
        ctx.header("GS1-Extensions", EXTENSIONS);
    }

    /** Sets the discovery headers of an {@code OPTIONS} answer. */
    static void discovery(Context ctx, String allow) {
        versions(ctx);
        ctx.header("Allow", allow);
        ctx.header("GS1-EPCIS-Min", EPCIS_VERSION);
        ctx.header("GS1-EPCIS-Max", EPCIS_VERSION);
        ctx.header("GS1-CBV-Min", CBV_VERSION);
        ctx.header("GS1-CBV-Max", CBV_VERSION);
        // events are answered as captured: identifiers are never translated between URN and Digital Link
        ctx.header("GS1-EPC-Format", "Never_Translates");
    }

    /**
     * Refuses a request whose acceptable EPCIS or CBV versions exclude this server's.
     *
     * @throws EpcisHttpException 406 naming the header
     */
    static void requireCompatible(Context ctx) {
        Map<String, String> ours = Map.of("GS1-EPCIS-Min", EPCIS_VERSION, "GS1-EPCIS-Max", EPCIS_VERSION,
                "GS1-CBV-Min", CBV_VERSION, "GS1-CBV-Max", CBV_VERSION);
        ours.forEach((header, version) -> {
            String asked = ctx.header(header);
            if (asked == null || asked.isBlank()) {
                return;
            }
            int order = compare(header, asked.trim(), version);
            if (header.endsWith("Min") ? order > 0 : order < 0) {
                throw new EpcisHttpException(EpcisExceptionType.NOT_ACCEPTABLE, header + " is " + asked.trim()
                        + ", but this server speaks EPCIS " + EPCIS_VERSION + " and CBV " + CBV_VERSION + " only");
            }
        });
    }

    /** Compares dotted versions (1.2, 2.0.0: missing parts count as 0), as the binding's header pattern has them. */
    private static int compare(String header, String asked, String version) {
        if (!asked.matches("\\d{1,6}(\\.\\d{1,6})*")) {
            throw new EpcisHttpException(EpcisExceptionType.VALIDATION, header + " is \"" + asked
                    + "\", not a version such as 2.0.0");
        }
        String[] a = asked.split("\\.");
        String[] b = version.split("\\.");
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            int order = Integer.compare(i < a.length ? Integer.parseInt(a[i]) : 0,
                    i < b.length ? Integer.parseInt(b[i]) : 0);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }
}
