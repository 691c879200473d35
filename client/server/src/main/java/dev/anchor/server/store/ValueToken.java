package dev.anchor.server.store;

import dev.anchor.server.query.InvalidQueryException;
import dev.anchor.server.query.Vocabulary;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Where the next page of a vocabulary's values starts: after this value. Opaque to clients: base64url. */
record ValueToken(Vocabulary vocabulary, String after) {
    private static final String VERSION = "v1";

    String encode() {
        String text = VERSION + " " + vocabulary.resource() + " " + after;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws InvalidQueryException naming {@code nextPageToken} for a token not given out for this vocabulary */
    static ValueToken decode(String token, Vocabulary vocabulary) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidQueryException("nextPageToken", "is not a page token this server gave out");
        }
        String prefix = VERSION + " " + vocabulary.resource() + " ";
        if (!text.startsWith(prefix)) {
            throw new InvalidQueryException("nextPageToken", "was not given out for /" + vocabulary.resource());
        }
        return new ValueToken(vocabulary, text.substring(prefix.length()));
    }
}
