package dev.anchor.it;

import dev.anchor.client.provenance.Provenance;
import dev.anchor.client.provenance.ProvenanceEvent;
import org.hyperledger.fabric.client.ChaincodeEvent;
import org.hyperledger.fabric.client.CloseableIterator;
import org.hyperledger.fabric.client.Status;
import org.hyperledger.fabric.client.SubmittedTransaction;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static dev.anchor.client.Organization.AUDITOR;
import static dev.anchor.client.Organization.DISTRIBUTOR;
import static dev.anchor.client.Organization.MANUFACTURER;
import static org.assertj.core.api.Assertions.assertThat;

/** Every state change emits one chaincode event: name = event type, payload = the stored event's JSON. */
class ChaincodeEventsIT {

    @Test
    void eachWriteEmitsItsProvenanceEvent() throws Exception {
        String id = TestNetwork.uniqueBatchId("events");
        List<String> transactions = new ArrayList<>();
        long firstBlock;
        try (TestNetwork network = TestNetwork.open();
             RawGateway manufacturer = new RawGateway(network.descriptor().connectionOptions(MANUFACTURER));
             RawGateway distributor = new RawGateway(network.descriptor().connectionOptions(DISTRIBUTOR))) {
            SubmittedTransaction produced = manufacturer.contract().newProposal("RecordProduction")
                    .addArguments(id, "09506000134352", "Conference pears", "40", "crate", "Orchard Lane")
                    .build().endorse().submitAsync();
            Status status = produced.getStatus();
            assertThat(status.isSuccessful()).isTrue();
            firstBlock = status.getBlockNumber();
            transactions.add(produced.getTransactionId());
            transactions.add(commit(manufacturer.contract().newProposal("InitiateHandoff")
                    .addArguments(id, "DistributorMSP").build().endorse().submitAsync()));
            transactions.add(commit(distributor.contract().newProposal("AcceptHandoff").addArguments(id)
                    .build().endorse().submitAsync()));

            Provenance provenance = network.as(AUDITOR).getProvenance(id);
            List<ChaincodeEvent> events = new ArrayList<>();
            try (CloseableIterator<ChaincodeEvent> stream = manufacturer.network()
                    .newChaincodeEventsRequest("anchor").startBlock(firstBlock).build().getEvents()) {
                while (events.size() < transactions.size() && stream.hasNext()) {
                    ChaincodeEvent event = stream.next();
                    if (transactions.contains(event.getTransactionId())) {
                        events.add(event);
                    }
                }
            }

            assertThat(events).extracting(ChaincodeEvent::getTransactionId).containsExactlyElementsOf(transactions);
            assertThat(events).extracting(ChaincodeEvent::getEventName)
                    .containsExactly("PRODUCED", "HANDOFF_INITIATED", "HANDOFF_ACCEPTED");
            for (int i = 0; i < events.size(); i++) {
                ProvenanceEvent stored = provenance.events().get(i);
                assertThat(new String(events.get(i).getPayload(), StandardCharsets.UTF_8)).isEqualTo(stored.json());
            }
        }
    }

    private static String commit(SubmittedTransaction transaction) throws Exception {
        assertThat(transaction.getStatus().isSuccessful()).isTrue();
        return transaction.getTransactionId();
    }
}
