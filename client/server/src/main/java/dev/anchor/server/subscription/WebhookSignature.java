package dev.anchor.server.subscription;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * The {@code GS1-Signature} of a webhook delivery: {@code sha256=} and the lowercase hex HMAC-SHA256 of the request
 * body's bytes, keyed with the subscription's {@code signatureToken} (its UTF-8 bytes). The receiver computes the same
 * over the body it got and compares in constant time.
 */
public final class WebhookSignature {
    /** The header that carries it (openapi.yaml, GS1-Signature). */
    public static final String HEADER = "GS1-Signature";
    private static final String ALGORITHM = "HmacSHA256";

    private WebhookSignature() {
    }

    /** @return {@code sha256=<hex HMAC-SHA256 of body>} */
    public static String of(String signatureToken, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(signatureToken.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM has no " + ALGORITHM, e);
        }
    }
}
