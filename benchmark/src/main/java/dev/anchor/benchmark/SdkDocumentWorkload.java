package dev.anchor.benchmark;

import dev.anchor.client.Organization;
import dev.anchor.client.epcis.EpcisCaptureReport;
import dev.anchor.client.epcis.EpcisCapturer;

import java.util.List;
import java.util.Locale;

/**
 * The {@code epcis-sdk} round: each operation captures one new EPCIS document of N ObjectEvents (1,000 by default)
 * as the distributor through the SDK's {@code captureEpcis}, split the way {@code anchor serve}'s capture jobs and
 * the CLI split it ({@link EpcisCapturer#DEFAULT_EVENTS_PER_TRANSACTION} events per transaction,
 * {@link EpcisCapturer#DEFAULT_TRANSACTIONS_IN_FLIGHT} transactions in flight). Latency is per document: from the
 * call to the commit of its last transaction.
 */
final class SdkDocumentWorkload implements Workload {
    private final EpcisCapturer distributor;
    private final int documentEvents;
    private final RunIds ids;
    private ObjectEventDocuments documents;

    /**
     * @param participants   the run's clients
     * @param documentEvents events in each captured document
     * @param ids            the run's ids, which make the EPC serials new
     */
    SdkDocumentWorkload(Participants participants, int documentEvents, RunIds ids) {
        this.distributor = participants.as(Organization.DISTRIBUTOR);
        this.documentEvents = documentEvents;
        this.ids = ids;
    }

    @Override
    public RoundKind kind() {
        return RoundKind.EPCIS_SDK;
    }

    @Override
    public int eventsPerOperation() {
        return documentEvents;
    }

    @Override
    public List<String> prepare(int workers) {
        documents = new ObjectEventDocuments(ids.id('S', workers).substring("BENCH-".length()).replace("-", ""));
        return List.of(String.format(Locale.ROOT, "documents of %d ObjectEvents, %d at once; each split into "
                        + "transactions of %d events, %d in flight", documentEvents, workers,
                EpcisCapturer.DEFAULT_EVENTS_PER_TRANSACTION, EpcisCapturer.DEFAULT_TRANSACTIONS_IN_FLIGHT));
    }

    @Override
    public Operation operation(int worker) {
        return sequence -> {
            EpcisCaptureReport report = distributor.captureEpcis(documents.document(documentEvents),
                    EpcisCapturer.DEFAULT_EVENTS_PER_TRANSACTION, EpcisCapturer.DEFAULT_TRANSACTIONS_IN_FLIGHT,
                    progress -> { });
            if (report.recorded().size() != documentEvents) {
                throw new BenchmarkException("a capture of " + documentEvents + " new events recorded "
                        + report.recorded().size() + " and found " + report.duplicates().size() + " duplicates");
            }
        };
    }
}
