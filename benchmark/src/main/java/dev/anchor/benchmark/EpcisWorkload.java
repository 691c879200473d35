package dev.anchor.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchor.client.EpcisCaptureReport;
import dev.anchor.client.EpcisCapturer;
import dev.anchor.client.Organization;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The EPCIS capture round: each operation captures one new EPCIS 2.0 document of {@code eventsPerTransaction}
 * ObjectEvents as the distributor, through the SDK, in one transaction: the schema check and event hashing in the
 * client, then {@code CaptureEpcisEvents} endorsed and committed. Every event is new (its EPC has a serial no
 * earlier run used), so nothing is answered as a duplicate; each has an EPC, a quantity of an LGTIN class, a read
 * point, a business location, a business step and a disposition (URNs, which name no batch), so the chaincode writes
 * the event's record and nothing else: the world state keeps no EPCIS query index (docs/data-model.md, "EPCIS
 * events").
 */
final class EpcisWorkload implements Workload {
    private static final String CONTEXT = "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final EpcisCapturer distributor;
    private final int eventsPerTransaction;
    private final RunIds ids;
    private final AtomicLong serials = new AtomicLong();
    private String serialPrefix;

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
        serialPrefix = ids.id('E', workers).substring("BENCH-".length()).replace("-", "");
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
        ObjectNode document = NODES.objectNode();
        document.putArray("@context").add(CONTEXT);
        document.put("type", "EPCISDocument");
        document.put("schemaVersion", "2.0");
        String now = Instant.now().toString();
        document.put("creationDate", now);
        ArrayNode events = document.putObject("epcisBody").putArray("eventList");
        for (int i = 0; i < eventsPerTransaction; i++) {
            events.add(event(now, serialPrefix + Long.toString(serials.getAndIncrement(), 36).toUpperCase(Locale.ROOT)));
        }
        return document;
    }

    private static ObjectNode event(String time, String serial) {
        ObjectNode event = NODES.objectNode();
        event.put("type", "ObjectEvent");
        event.put("eventTime", time);
        event.put("eventTimeZoneOffset", "+00:00");
        event.putArray("epcList").add("urn:epc:id:sgtin:0614141.107346." + serial);
        event.put("action", "OBSERVE");
        event.put("bizStep", "shipping");
        event.put("disposition", "in_transit");
        event.putObject("readPoint").put("id", "urn:epc:id:sgln:0614141.07346.1234");
        event.putObject("bizLocation").put("id", "urn:epc:id:sgln:0614141.07346.0");
        ObjectNode quantity = event.putArray("quantityList").addObject();
        quantity.put("epcClass", "urn:epc:class:lgtin:4012345.012345.998877");
        quantity.put("quantity", 200);
        quantity.put("uom", "KGM");
        return event;
    }
}
