package dev.anchor.chaincode.domain.epcis;

import dev.anchor.chaincode.domain.shared.Submission;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * An event the capture records: the event, its facts (whose time orders its batch links), the Anchor batches it
 * names (ids, sorted), the {@code @context} of its document as JSON text (null when the document has none) and the
 * submission that captures it.
 */
public record EpcisCaptured(EpcisEvent event, EpcisEventFacts facts, SortedSet<String> batchIds, String context,
        Submission submission) {

    public EpcisCaptured {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(facts, "facts");
        batchIds = Collections.unmodifiableSortedSet(new TreeSet<>(batchIds));
        Objects.requireNonNull(submission, "submission");
    }
}
