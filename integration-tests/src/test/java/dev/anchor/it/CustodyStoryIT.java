package dev.anchor.it;

import dev.anchor.client.Receipt;
import dev.anchor.client.custody.Batch;
import dev.anchor.client.custody.ProductionRecord;
import dev.anchor.client.provenance.ChainVerification;
import dev.anchor.model.vocabulary.EventType;
import dev.anchor.client.provenance.Provenance;
import dev.anchor.client.provenance.ProvenanceEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.util.List;

import static dev.anchor.client.Organization.AUDITOR;
import static dev.anchor.client.Organization.DISTRIBUTOR;
import static dev.anchor.client.Organization.MANUFACTURER;
import static dev.anchor.client.Organization.RETAILER;
import static org.assertj.core.api.Assertions.assertThat;

/** A batch's life through the SDK on the real network: production, handoffs, a rejection, provenance. */
class CustodyStoryIT {
    @RegisterExtension
    static final TestNetwork network = TestNetwork.open();

    private static Receipt produce(String batchId) {
        return network.as(MANUFACTURER).recordProduction(new ProductionRecord(batchId, "09506000134352",
                "Conference pears", new BigDecimal("1200.50"), "kg", "Orchard Lane packing station"));
    }

    @Test
    void productionMakesTheProducerTheFirstCustodian() {
        String id = TestNetwork.uniqueBatchId("produce");
        Receipt receipt = produce(id);

        assertThat(receipt.transactionId()).isNotBlank();
        Batch batch = network.as(AUDITOR).getBatch(id);
        assertThat(batch.producer()).isEqualTo("ManufacturerMSP");
        assertThat(batch.custodian()).isEqualTo("ManufacturerMSP");
        assertThat(batch.quantity()).isEqualByComparingTo("1200.5");
        assertThat(batch.gtin()).isEqualTo("09506000134352");
        assertThat(batch.pendingHandoff()).isEmpty();
        assertThat(batch.eventCount()).isEqualTo(1);
        assertThat(batch).isEqualTo(receipt.batch());
    }

    @Test
    void acceptedHandoffMovesCustodyAndRejectedOneLeavesItWithTheSender() {
        String id = TestNetwork.uniqueBatchId("story");
        Receipt produced = produce(id);

        Receipt offered = network.as(MANUFACTURER).initiateHandoff(id, DISTRIBUTOR);
        assertThat(offered.batch().pendingHandoff()).hasValueSatisfying(p -> {
            assertThat(p.from()).isEqualTo("ManufacturerMSP");
            assertThat(p.to()).isEqualTo("DistributorMSP");
            assertThat(p.txId()).isEqualTo(offered.transactionId());
        });
        assertThat(offered.batch().custodian()).isEqualTo("ManufacturerMSP");

        network.settle(); // the next step runs on the distributor's side: let every peer commit the offer first
        Receipt rejected = network.as(DISTRIBUTOR).rejectHandoff(id, "temperature log missing");
        assertThat(rejected.batch().custodian()).isEqualTo("ManufacturerMSP");
        assertThat(rejected.batch().pendingHandoff()).isEmpty();

        network.settle();
        Receipt offeredAgain = network.as(MANUFACTURER).initiateHandoff(id, DISTRIBUTOR);
        network.settle();
        Receipt accepted = network.as(DISTRIBUTOR).acceptHandoff(id);
        assertThat(accepted.batch().custodian()).isEqualTo("DistributorMSP");
        assertThat(accepted.batch().pendingHandoff()).isEmpty();

        network.settle();
        Receipt toRetailer = network.as(DISTRIBUTOR).initiateHandoff(id, RETAILER);
        network.settle();
        Receipt atRetailer = network.as(RETAILER).acceptHandoff(id);
        network.settle();
        assertThat(network.as(AUDITOR).getBatch(id).custodian()).isEqualTo("RetailerMSP");

        Batch batch = network.as(AUDITOR).getBatch(id);
        Provenance provenance = network.as(AUDITOR).getProvenance(id);
        List<ProvenanceEvent> events = provenance.events();
        assertThat(events).extracting(ProvenanceEvent::type).containsExactly(EventType.PRODUCED,
                EventType.HANDOFF_INITIATED, EventType.HANDOFF_REJECTED, EventType.HANDOFF_INITIATED,
                EventType.HANDOFF_ACCEPTED, EventType.HANDOFF_INITIATED, EventType.HANDOFF_ACCEPTED);
        assertThat(events).extracting(ProvenanceEvent::transactionId).containsExactly(produced.transactionId(),
                offered.transactionId(), rejected.transactionId(), offeredAgain.transactionId(),
                accepted.transactionId(), toRetailer.transactionId(), atRetailer.transactionId());
        assertThat(events).extracting(ProvenanceEvent::actor).containsExactly("ManufacturerMSP",
                "ManufacturerMSP", "DistributorMSP", "ManufacturerMSP", "DistributorMSP", "DistributorMSP",
                "RetailerMSP");
        assertThat(events).extracting(ProvenanceEvent::seq).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(events).extracting(ProvenanceEvent::timestamp).isSorted();
        assertThat(events.get(2).detail("reason")).hasValue("temperature log missing");
        assertThat(events.get(6).detail("from")).hasValue("DistributorMSP");
        assertThat(events.get(6).detail("to")).hasValue("RetailerMSP");

        ChainVerification verification = provenance.verify(batch);
        assertThat(verification.intact()).as(verification.problem()).isTrue();
        assertThat(verification.eventsChecked()).isEqualTo(7);
    }

    @Test
    void everyOrganisationReadsTheSameProvenance() {
        String id = TestNetwork.uniqueBatchId("same");
        produce(id);
        network.as(MANUFACTURER).initiateHandoff(id, RETAILER);
        network.settle();

        Provenance seenByAuditor = network.as(AUDITOR).getProvenance(id);
        assertThat(network.as(RETAILER).getProvenance(id)).isEqualTo(seenByAuditor);
        assertThat(network.as(DISTRIBUTOR).getProvenance(id)).isEqualTo(seenByAuditor);
        assertThat(network.as(MANUFACTURER).getProvenance(id)).isEqualTo(seenByAuditor);
    }
}
