package dev.anchor.chaincode.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Objects;

/**
 * Links provenance events: each event's hash is the SHA-256 of its canonical form without the hash,
 * which covers the previous event's hash.
 */
public final class HashChain {

    /** The {@code previousHash} of a batch's first event. */
    public static final String GENESIS = "0".repeat(64);

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final EventCanonicalForm canonicalForm;

    public HashChain(EventCanonicalForm canonicalForm) {
        this.canonicalForm = Objects.requireNonNull(canonicalForm, "canonicalForm");
    }

    /** Lowercase hex SHA-256 over the event's canonical form without its hash. */
    public String hashOf(ProvenanceEvent event) {
        return hex(sha256(canonicalForm.withoutHash(event)));
    }

    /** The event carrying its hash. */
    public ProvenanceEvent seal(ProvenanceEvent event) {
        return event.withHash(hashOf(event));
    }

    /** The next event of {@code batch}'s chain, sealed: made by the submission, linked to the batch's last hash. */
    public ProvenanceEvent next(Batch batch, Submission submission, EventType type, EventDetails details) {
        return seal(new ProvenanceEvent(submission.callerMspId(), batch.batchId(), details, null,
                batch.lastEventHash(), batch.eventCount() + 1, submission.timestamp(), submission.txId(), type));
    }

    /** Whether the events, oldest first, form an unbroken chain from {@link #GENESIS}. */
    public boolean verifies(List<ProvenanceEvent> events) {
        String previous = GENESIS;
        int seq = 1;
        for (ProvenanceEvent event : events) {
            if (event.seq() != seq || !previous.equals(event.previousHash()) || !hashOf(event).equals(event.hash())) {
                return false;
            }
            previous = event.hash();
            seq++;
        }
        return true;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    private static String hex(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = HEX[(bytes[i] >> 4) & 0xF];
            out[2 * i + 1] = HEX[bytes[i] & 0xF];
        }
        return new String(out);
    }
}
