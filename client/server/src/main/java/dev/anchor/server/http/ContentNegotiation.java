package dev.anchor.server.http;

import io.javalin.http.Context;
import org.eclipse.jetty.http.QuotedQualityCSV;

/**
 * What an EPCIS answer is written as: JSON / JSON-LD only (this server writes no EPCIS XML). The client's
 * {@code Accept} header is read by quality with Jetty's parser; {@code application/ld+json} is answered as such
 * when the client prefers it, anything JSON else as {@code application/json}, and a client that accepts neither
 * (e.g. only {@code application/xml}) gets 406.
 */
final class ContentNegotiation {
    static final String JSON = "application/json";
    static final String JSON_LD = "application/ld+json";

    private ContentNegotiation() {
    }

    /**
     * @return the media type to answer the request with
     * @throws EpcisHttpException 406 NotAcceptableException when the client accepts no JSON
     */
    static String jsonType(Context ctx) {
        String accept = ctx.header("Accept");
        if (accept == null || accept.isBlank()) {
            return JSON;
        }
        QuotedQualityCSV ranges = new QuotedQualityCSV();
        ranges.addValue(accept);
        for (String range : ranges.getValues()) {
            String type = range.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
            switch (type) {
                case JSON_LD:
                    return JSON_LD;
                case JSON, "application/*", "*/*", Problems.MEDIA_TYPE:
                    return JSON;
                default:
                    break;
            }
        }
        throw new EpcisHttpException(EpcisExceptionType.NOT_ACCEPTABLE, "Accept is \"" + accept + "\", but this "
                + "server answers in JSON only (" + JSON + " or " + JSON_LD + "); EPCIS XML is not supported");
    }
}
