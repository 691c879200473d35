package dev.anchor.benchmark;

import dev.anchor.client.Organization;
import dev.anchor.client.ProvenanceReader;
import dev.anchor.client.custody.Batch;
import dev.anchor.client.provenance.Provenance;

import java.util.List;
import java.util.Locale;

/**
 * The provenance round: concurrent readers read the whole provenance of one batch with at least 1,000 events,
 * as the auditor, through the SDK (evaluate on the auditor's peer, then parsing every event). The batch is kept
 * between runs; see {@link ProvenanceBatch}.
 */
final class ProvenanceWorkload implements Workload {
    private final ProvenanceBatch batch;
    private final ProvenanceReader auditor;
    private String batchId;

    ProvenanceWorkload(ProvenanceBatch batch, Participants participants) {
        this.batch = batch;
        this.auditor = participants.as(Organization.AUDITOR);
    }

    @Override
    public RoundKind kind() {
        return RoundKind.PROVENANCE;
    }

    @Override
    public List<String> prepare(int workers) {
        long start = System.nanoTime();
        Batch ready = batch.ensure();
        batchId = ready.batchId();
        Provenance provenance = auditor.getProvenance(batchId);
        if (provenance.events().size() != ready.eventCount()) {
            throw new BenchmarkException("the provenance of " + batchId + " has " + provenance.events().size()
                    + " events, but the batch counts " + ready.eventCount());
        }
        return List.of(String.format(Locale.ROOT, "read batch %s: %d events (made ready in %.1f s)", batchId,
                ready.eventCount(), (System.nanoTime() - start) / 1e9));
    }

    @Override
    public Operation operation(int worker) {
        return sequence -> auditor.getProvenance(batchId);
    }
}
