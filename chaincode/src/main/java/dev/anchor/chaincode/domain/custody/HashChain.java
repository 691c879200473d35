package dev.anchor.chaincode.domain.custody;

import dev.anchor.chaincode.domain.provenance.EventCanonicalForm;
import dev.anchor.chaincode.domain.provenance.EventDetails;
import dev.anchor.model.vocabulary.EventType;
import dev.anchor.chaincode.domain.provenance.ProvenanceEvent;
import dev.anchor.chaincode.domain.shared.Sha256;
import dev.anchor.chaincode.domain.shared.Submission;
import java.util.List;
import java.util.Objects;

/**
 * Links provenance events: each event's hash is the SHA-256 of its canonical form without the hash,
 * which covers the previous event's hash.
 */
public final class HashChain {

    /** The {@code previousHash} of a batch's first event. */
    public static final String GENESIS = "0".repeat(64);

    private final EventCanonicalForm canonicalForm;

    public HashChain(EventCanonicalForm canonicalForm) {
        this.canonicalForm = Objects.requireNonNull(canonicalForm, "canonicalForm");
    }

    /** Lowercase hex SHA-256 over the event's canonical form without its hash. */
    public String hashOf(ProvenanceEvent event) {
        return Sha256.of(canonicalForm.withoutHash(event)).value();
    }

    /** The event carrying its hash. */
    public ProvenanceEvent seal(ProvenanceEvent event) {
        return event.withHash(hashOf(event));
    }

    /** The next event of {@code batch}'s chain, sealed: made by the submission, linked to the batch's last hash. */
    public ProvenanceEvent next(Batch batch, Submission submission, EventType type, EventDetails details) {
        return seal(ProvenanceEvent.unsealed(submission, batch.batchId(), type, details, batch.lastEventHash(),
                batch.eventCount() + 1));
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
}
