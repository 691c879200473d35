package dev.anchor.cli;

import dev.anchor.client.Organization;
import dev.anchor.model.custody.PendingHandoff;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The words every command's text shares: organisations, transaction ids, times, quantities, pending handoffs. */
public final class TextFormat {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private TextFormat() {
    }

    /** {@code distributor (DistributorMSP)}, or the MSP ID alone if it is not one of the four. */
    public static String org(String mspId) {
        return Organization.describe(mspId);
    }

    /** A transaction id shortened for narrative lines: its first 12 characters. */
    public static String shortTx(String txId) {
        return txId == null ? "?" : txId.length() <= 12 ? txId : txId.substring(0, 12);
    }

    /** An instant in UTC with milliseconds, always 24 characters: {@code 2026-12-03T11:00:00.000Z}. */
    public static String time(Instant instant) {
        return instant == null ? "?" : TIME.format(instant);
    }

    /** A quantity as plain digits without trailing zeros: {@code 12.5}, {@code 600}. */
    public static String quantity(BigDecimal q) {
        return q == null ? "?" : q.stripTrailingZeros().toPlainString();
    }

    /** A pending handoff in words: from whom, to whom, since when, and who must answer. */
    public static String pending(PendingHandoff p) {
        return "handoff from " + org(p.from()) + " to " + org(p.to()) + ", initiated " + time(p.initiatedAt())
                + ", waiting for " + Organization.shortNameOf(p.to()) + " to accept or reject";
    }

    /** A one-line rendering of a message: newlines become spaces. */
    public static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
