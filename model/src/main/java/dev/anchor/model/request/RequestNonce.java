package dev.anchor.model.request;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.regex.Pattern;

/**
 * The nonce of a write's proposal, derived from the client's request id and the generation of the request, so that
 * every attempt of one request carries the same Fabric transaction id ({@code SHA-256(nonce || creator)}) and the
 * ledger's own duplicate check makes it commit at most once (docs/reliability.md, "Exactly once").
 *
 * <p>{@code nonce = SHA-256("anchor-request-v1\n" + requestId + "\n" + generation)}. The generation starts at 0 and
 * moves on only after the transaction of the generation before committed as invalid (a read conflict): Fabric
 * refuses every later transaction with an id that any committed transaction, valid or not, carried.
 *
 * <pre>{@code
 * byte[] nonce = RequestNonce.of("order-42:accept", 0);
 * }</pre>
 */
public final class RequestNonce {

    /** The transient entry that carries the request id (UTF-8). */
    public static final String REQUEST_ID_ENTRY = "requestId";
    /** The transient entry that carries the generation (decimal, UTF-8); absent means 0. */
    public static final String GENERATION_ENTRY = "requestGeneration";
    /** What a request id is: 1 to 128 characters of {@code [A-Za-z0-9._:-]}. */
    public static final Pattern REQUEST_ID_FORM = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    /** Generations a request may go through (each one a transaction invalidated by a read conflict). */
    public static final int MAX_GENERATION = 999;

    private RequestNonce() {
    }

    /**
     * @param requestId  a request id of {@link #REQUEST_ID_FORM}
     * @param generation 0 to {@link #MAX_GENERATION}
     * @return the 32-byte nonce
     */
    public static byte[] of(String requestId, int generation) {
        if (requestId == null || !REQUEST_ID_FORM.matcher(requestId).matches()) {
            throw new IllegalArgumentException("not a request id: " + requestId);
        }
        if (generation < 0 || generation > MAX_GENERATION) {
            throw new IllegalArgumentException("a generation is 0 to " + MAX_GENERATION + ", not " + generation);
        }
        try {
            return MessageDigest.getInstance("SHA-256").digest(("anchor-request-v1\n" + requestId + "\n" + generation)
                    .getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
