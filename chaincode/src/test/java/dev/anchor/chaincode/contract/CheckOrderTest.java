package dev.anchor.chaincode.contract;

import static dev.anchor.chaincode.contract.SimulatedPeer.AUDITOR;
import static dev.anchor.chaincode.contract.SimulatedPeer.DISTRIBUTOR;
import static dev.anchor.chaincode.contract.SimulatedPeer.MANUFACTURER;
import static dev.anchor.chaincode.contract.SimulatedPeer.RETAILER;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A request breaking several rules always gets the code of the first check: role, input, organisation, batch, custody. */
class CheckOrderTest {

    private final SimulatedPeer peer = new SimulatedPeer();

    @BeforeEach
    void produceAndOfferPears() {
        peer.produce("PEAR-001");
        peer.produce("PEAR-002");
        peer.initiate(MANUFACTURER, "PEAR-002", DISTRIBUTOR);
    }

    @Test
    void roleComesBeforeInput() {
        peer.as(DISTRIBUTOR);
        peer.refused("FORBIDDEN_ROLE",
                () -> peer.contract.RecordProduction(peer.ctx, "bad id", "123", "", "-1", "", ""));
        peer.as(AUDITOR);
        peer.refused("FORBIDDEN_ROLE", () -> peer.contract.InitiateHandoff(peer.ctx, null, "NoSuchMSP"));
        peer.refused("FORBIDDEN_ROLE", () -> peer.contract.AcceptHandoff(peer.ctx, "bad id"));
        peer.refused("FORBIDDEN_ROLE", () -> peer.contract.RejectHandoff(peer.ctx, "bad id", ""));
    }

    @Test
    void aHandoffToTheAuditorIsARoleRefusalAndComesBeforeInput() {
        peer.as(RETAILER);
        peer.refused("FORBIDDEN_ROLE", () -> peer.contract.InitiateHandoff(peer.ctx, "bad id", AUDITOR));
    }

    @Test
    void inputComesBeforeOrganisationAndBatch() {
        peer.as(MANUFACTURER);
        peer.refused("INVALID_INPUT", () -> peer.contract.InitiateHandoff(peer.ctx, "bad id", "NoSuchMSP"));
        peer.refused("INVALID_INPUT", () -> peer.contract.RecordProduction(peer.ctx, "PEAR-001",
                "09506000134353", "Pears", "1", "kg", "Site"));
        peer.as(RETAILER);
        peer.refused("INVALID_INPUT", () -> peer.contract.RejectHandoff(peer.ctx, "PEAR-404", " "));
    }

    @Test
    void organisationComesBeforeBatchAndCustody() {
        peer.as(RETAILER);
        peer.refused("UNKNOWN_ORG", () -> peer.contract.InitiateHandoff(peer.ctx, "PEAR-404", "NoSuchMSP"));
        peer.refused("UNKNOWN_ORG", () -> peer.contract.InitiateHandoff(peer.ctx, "PEAR-002", "NoSuchMSP"));
    }

    @Test
    void batchComesBeforeCustodyAndHandoffState() {
        peer.as(RETAILER);
        peer.refused("BATCH_NOT_FOUND", () -> peer.contract.InitiateHandoff(peer.ctx, "PEAR-404", DISTRIBUTOR));
        peer.refused("BATCH_NOT_FOUND", () -> peer.contract.AcceptHandoff(peer.ctx, "PEAR-404"));
        peer.refused("BATCH_NOT_FOUND", () -> peer.contract.RejectHandoff(peer.ctx, "PEAR-404", "No"));
    }

    @Test
    void custodyComesBeforeHandoffState() {
        peer.as(RETAILER);
        peer.refused("NOT_CUSTODIAN", () -> peer.contract.InitiateHandoff(peer.ctx, "PEAR-002", DISTRIBUTOR));
    }

    @Test
    void nothingPendingComesBeforeWrongRecipient() {
        peer.as(RETAILER);
        peer.refused("NO_PENDING_HANDOFF", () -> peer.contract.AcceptHandoff(peer.ctx, "PEAR-001"));
        peer.refused("NO_PENDING_HANDOFF", () -> peer.contract.RejectHandoff(peer.ctx, "PEAR-001", "No"));
        peer.refused("NOT_RECIPIENT", () -> peer.contract.AcceptHandoff(peer.ctx, "PEAR-002"));
    }
}
