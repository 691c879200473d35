package dev.anchor.chaincode.domain.lineage;

import dev.anchor.chaincode.domain.custody.Batch;
import java.util.Objects;

/** A batch reached by a trace, as it is now, and how many links away from the trace's root it was first found. */
public record TraceNode(Batch batch, int depth) {

    public TraceNode {
        Objects.requireNonNull(batch, "batch");
        if (depth < 0) {
            throw new IllegalArgumentException("depth is at least 0");
        }
    }
}
