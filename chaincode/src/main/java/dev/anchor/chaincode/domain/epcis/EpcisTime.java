package dev.anchor.chaincode.domain.epcis;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * EPCIS times: an ISO-8601 date-time with an offset ({@code 2005-04-03T20:33:31.116-06:00}) read as an
 * instant, and written for keys in UTC, fixed width, {@code yyyy-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'}, so that
 * key order is time order. Years 0001 to 9999 only: beyond, the fixed width would break the order.
 */
public final class EpcisTime {

    private static final DateTimeFormatter KEY_FORM =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant END = Instant.parse("+10000-01-01T00:00:00Z");

    private EpcisTime() {
    }

    /** The instant of an EPCIS time, or empty when the text is not one (or lies outside years 1 to 9999). */
    public static Optional<Instant> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            Instant instant = OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            return instant.isBefore(FIRST) || !instant.isBefore(END) ? Optional.empty() : Optional.of(instant);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The instant as keys write it: UTC, nine fraction digits. */
    public static String keyForm(Instant instant) {
        return KEY_FORM.format(instant);
    }
}
