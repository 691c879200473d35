package dev.anchor.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import dev.anchor.client.Organization;
import dev.anchor.client.epcis.EpcisCaptureReport;
import dev.anchor.client.epcis.EpcisCapturer;

import java.util.List;
import java.util.Locale;

/**
 * The EPCIS capture round: each operation captures one new EPCIS 2.0 document of {@code eventsPerTransaction}
 * ObjectEvents as the distributor, through the SDK, in one transaction: the schema check and event hashing in the
 * client, then {@code CaptureEpcisEvents} endorsed and committed. Every event is new (its EPC has a serial no
 * earlier run used), so nothing is answered as a duplicate ({@link ObjectEventDocuments}); each names no batch, so
 * the chaincode writes the event's record and nothing else: the world state keeps no EPCIS query index
 * (docs/data-model.md, "EPCIS events").
 */
final class EpcisWorkload implements Workload {
    private final EpcisCapturer distributor;
    private final int eventsPerTransaction;
    private final RunIds ids;
    private ObjectEventDocuments documents;

    /**
     * @param participants         the run's clients
     * @param eventsPerTransaction events in each captured document, so in each transaction
     * @param ids                  the run's ids, which make the EPC serials new (with the number of capturers,
     *                             which differs between the run's EPCIS rounds)
     */
    EpcisWorkload(Participants participants, int eventsPerTransaction, RunIds ids) {
        this.distributor = participants.as(Organization.DISTRIBUTOR);
        this.eventsPerTransaction = eventsPerTransaction;
        this.ids = ids;
    }

    @Override
    public RoundKind kind() {
        return RoundKind.EPCIS;
    }

    @Override
    public int eventsPerOperation() {
        return eventsPerTransaction;
    }

    @Override
    public List<String> prepare(int workers) {
        // "BENCH-MB7Q1Z2K-E4" -> "MB7Q1Z2KE4": letters and digits only, as an SGTIN serial may have.
        documents = new ObjectEventDocuments(ids.id('E', workers).substring("BENCH-".length()).replace("-", ""));
        return List.of(String.format(Locale.ROOT, "%d ObjectEvents per document and transaction (EPC, quantity, read "
                + "point, location, step, disposition), captured by %d concurrent clients' calls", eventsPerTransaction,
                workers));
    }

    @Override
    public Operation operation(int worker) {
        return sequence -> {
            EpcisCaptureReport report = distributor.captureEpcis(document(), eventsPerTransaction, progress -> { });
            if (report.recorded().size() != eventsPerTransaction) {
                throw new BenchmarkException("a capture of " + eventsPerTransaction + " new events recorded "
                        + report.recorded().size() + " and found " + report.duplicates().size() + " duplicates");
            }
        };
    }

    /** A new EPCISDocument whose events name EPCs no capture used before. */
    JsonNode document() {
        return documents.document(eventsPerTransaction);
    }
}
