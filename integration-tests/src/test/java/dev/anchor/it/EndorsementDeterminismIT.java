package dev.anchor.it;

import com.google.protobuf.ByteString;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.Organization;
import dev.anchor.client.TransactionRefusedException;
import org.hyperledger.fabric.client.Proposal;
import org.hyperledger.fabric.client.Transaction;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.Payload;
import org.hyperledger.fabric.protos.gateway.PreparedTransaction;
import org.hyperledger.fabric.protos.gateway.ProposedTransaction;
import org.hyperledger.fabric.protos.ledger.rwset.TxReadWriteSet;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KVRWSet;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;
import org.hyperledger.fabric.protos.peer.ChaincodeAction;
import org.hyperledger.fabric.protos.peer.ChaincodeActionPayload;
import org.hyperledger.fabric.protos.peer.ChaincodeEndorsedAction;
import org.hyperledger.fabric.protos.peer.Endorsement;
import org.hyperledger.fabric.protos.peer.ProposalResponsePayload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.LinkedHashMap;
import java.util.Map;

import static dev.anchor.client.Organization.AUDITOR;
import static dev.anchor.client.Organization.MANUFACTURER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The chaincode is deterministic: one transaction proposal, endorsed separately by each organisation's peer
 * (each with its own chaincode server), yields byte-for-byte the same proposal response (read set, write
 * set, chaincode event and answer). A write set that differed between peers could never meet the
 * endorsement policy.
 */
class EndorsementDeterminismIT {
    @RegisterExtension
    static final TestNetwork network = TestNetwork.open();

    @Test
    void everyPeerEndorsesTheSameWriteSet() throws Exception {
        String batchId = TestNetwork.uniqueBatchId("determinism");
        Map<Organization, ChaincodeEndorsedAction> byPeer = new LinkedHashMap<>();
        try (RawGateway raw = new RawGateway(network.descriptor().connectionOptions(MANUFACTURER))) {
            Proposal proposal = raw.contract().newProposal("RecordProduction")
                    .addArguments(batchId, "09506000134352", "Conference pears", "125.5", "kg", "Orchard Lane")
                    .build();
            ProposedTransaction proposed = ProposedTransaction.parseFrom(proposal.getBytes());
            for (Organization peer : network.descriptor().organizations()) {
                ProposedTransaction toOnePeer = proposed.toBuilder()
                        .clearEndorsingOrganizations().addEndorsingOrganizations(peer.mspId()).build();
                Transaction endorsed = raw.gateway().newProposal(toOnePeer.toByteArray()).endorse();
                assertThat(endorsed.getTransactionId()).isEqualTo(proposal.getTransactionId());
                byPeer.put(peer, endorsedAction(endorsed));
            }
        }

        for (Map.Entry<Organization, ChaincodeEndorsedAction> entry : byPeer.entrySet()) {
            assertThat(entry.getValue().getEndorsementsList()).extracting(EndorsementDeterminismIT::endorserMsp)
                    .as("endorsed by %s's peer only", entry.getKey()).containsExactly(entry.getKey().mspId());
        }
        ByteString manufacturers = byPeer.get(MANUFACTURER).getProposalResponsePayload();
        for (Organization peer : network.descriptor().organizations()) {
            assertThat(byPeer.get(peer).getProposalResponsePayload().toByteArray())
                    .as("%s's proposal response, byte for byte", peer)
                    .isEqualTo(manufacturers.toByteArray());
        }
        KVRWSet writes = anchorWrites(manufacturers);
        assertThat(writes.getWritesList()).as("the batch, its first event and its holding index entry are written")
                .hasSize(3).allSatisfy(w -> assertThat(w.getKey()).contains(batchId));

        TransactionRefusedException notCommitted = catchThrowableOfType(TransactionRefusedException.class,
                () -> network.as(AUDITOR).getBatch(batchId));
        assertThat(notCommitted).as("endorsed but never submitted, so not on the ledger").isNotNull();
        assertThat(notCommitted.errorCode()).isEqualTo(ErrorCode.BATCH_NOT_FOUND);
    }

    private static ChaincodeEndorsedAction endorsedAction(Transaction transaction) throws Exception {
        Envelope envelope = PreparedTransaction.parseFrom(transaction.getBytes()).getEnvelope();
        Payload payload = Payload.parseFrom(envelope.getPayload());
        org.hyperledger.fabric.protos.peer.Transaction body =
                org.hyperledger.fabric.protos.peer.Transaction.parseFrom(payload.getData());
        return ChaincodeActionPayload.parseFrom(body.getActions(0).getPayload()).getAction();
    }

    private static String endorserMsp(Endorsement endorsement) {
        try {
            return SerializedIdentity.parseFrom(endorsement.getEndorser()).getMspid();
        } catch (Exception e) {
            throw new AssertionError("unreadable endorser", e);
        }
    }

    private static KVRWSet anchorWrites(ByteString proposalResponsePayload) throws Exception {
        ChaincodeAction action = ChaincodeAction.parseFrom(
                ProposalResponsePayload.parseFrom(proposalResponsePayload).getExtension());
        return TxReadWriteSet.parseFrom(action.getResults()).getNsRwsetList().stream()
                .filter(ns -> ns.getNamespace().equals("anchor"))
                .map(ns -> {
                    try {
                        return KVRWSet.parseFrom(ns.getRwset());
                    } catch (Exception e) {
                        throw new AssertionError("unreadable write set", e);
                    }
                })
                .findFirst().orElseThrow(() -> new AssertionError("no write set of chaincode anchor"));
    }
}
