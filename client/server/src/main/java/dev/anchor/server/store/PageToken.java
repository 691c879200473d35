package dev.anchor.server.store;

import dev.anchor.server.query.InvalidQueryException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Where the next page of a query's answer starts: after the event of this order time and sequence number, with
 * {@code served} events of the answer given out so far (for {@code eventCountLimit}), for the query of this
 * fingerprint. Opaque to clients: base64url of its fields.
 */
record PageToken(String fingerprint, Instant time, long seq, long served) {
    private static final String VERSION = "e1";

    String encode() {
        String text = String.join(" ", VERSION, fingerprint, Long.toString(time.getEpochSecond()),
                Integer.toString(time.getNano()), Long.toString(seq), Long.toString(served));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @throws InvalidQueryException naming {@code nextPageToken} when the token is not one this store gave out, or
     *                               was given out for another query
     */
    static PageToken decode(String token, String fingerprint) {
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split(" ");
        } catch (IllegalArgumentException e) {
            throw notOurs();
        }
        if (parts.length != 6 || !parts[0].equals(VERSION)) {
            throw notOurs();
        }
        if (!parts[1].equals(fingerprint)) {
            throw new InvalidQueryException("nextPageToken", "was given out for another query; ask the first page of "
                    + "this query without a token");
        }
        try {
            return new PageToken(parts[1], Instant.ofEpochSecond(Long.parseLong(parts[2]), Integer.parseInt(parts[3])),
                    Long.parseLong(parts[4]), Long.parseLong(parts[5]));
        } catch (RuntimeException e) {
            throw notOurs();
        }
    }

    private static InvalidQueryException notOurs() {
        return new InvalidQueryException("nextPageToken", "is not a page token this server gave out");
    }
}
