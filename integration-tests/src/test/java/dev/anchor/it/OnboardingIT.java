package dev.anchor.it;

import dev.anchor.cli.AnchorCli;
import dev.anchor.client.AnchorClient;
import dev.anchor.client.Organization;
import dev.anchor.client.custody.ProductionRecord;
import dev.anchor.client.gateway.LocalNetwork;
import dev.anchor.client.proof.ProofVerification;
import dev.anchor.client.proof.ProvenanceProof;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fifth organisation joins the running network ({@code network.sh add-org wholesaler}, docs/membership.md): then it
 * records a batch of its own, receives a handoff from the manufacturer and accepts it, the data made before it joined
 * stays readable (through its peer too) and its provenance proof verifies, and every peer, the new one included,
 * holds the same chain and the same batches. Disruptive: the channel has five members for every test after it (the
 * script leaves an organisation already added alone, so the test runs again on the same network).
 */
@Tag("disruptive")
class OnboardingIT {
    private static final Logger LOG = LoggerFactory.getLogger(OnboardingIT.class);
    private static final String NAME = "wholesaler";

    @RegisterExtension
    static final TestNetwork network = TestNetwork.open();
    private static final NetworkProcesses processes = new NetworkProcesses(TestNetwork.anchorHome());

    @Test
    void aFifthOrganisationJoinsRecordsReceivesAndEveryPeerAgrees() throws Exception {
        String before = TestNetwork.uniqueBatchId("before-onboarding");
        AnchorClient manufacturer = network.as(Organization.MANUFACTURER);
        manufacturer.recordProduction(new ProductionRecord(before, "09506000134352", "Conference pears",
                new BigDecimal("800"), "kg", "Orchard Lane"));
        manufacturer.initiateHandoff(before, Organization.DISTRIBUTOR);
        network.settle();
        network.as(Organization.DISTRIBUTOR).acceptHandoff(before);

        Duration took = processes.addOrganization(NAME);
        LOG.info("network.sh add-org {} took {} s", NAME, took.toSeconds());

        LocalNetwork grown = LocalNetwork.load(network.descriptor().descriptor());
        Organization wholesaler = grown.organization(NAME);
        assertThat(wholesaler.mspId()).isEqualTo("WholesalerMSP");
        assertThat(grown.organizations()).hasSize(5).startsWith(Organization.MANUFACTURER, Organization.DISTRIBUTOR,
                Organization.RETAILER, Organization.AUDITOR);

        String own = TestNetwork.uniqueBatchId("wholesaler-made");
        String received = TestNetwork.uniqueBatchId("to-wholesaler");
        try (AnchorClient newcomer = grown.connect(wholesaler); AnchorClient maker = grown.connect(Organization.MANUFACTURER);
             LedgerAgreement peers = new LedgerAgreement(grown)) {
            assertThat(newcomer.recordProduction(new ProductionRecord(own, "09506000134352", "Comice pears",
                    new BigDecimal("120"), "kg", "Wholesale depot")).batch().custodian()).isEqualTo("WholesalerMSP");

            maker.recordProduction(new ProductionRecord(received, "09506000134352", "Conference pears",
                    new BigDecimal("300"), "kg", "Orchard Lane"));
            maker.initiateHandoff(received, wholesaler);
            peers.agreedChain(Duration.ofSeconds(30)); // the newcomer's peer has committed the offer
            assertThat(newcomer.acceptHandoff(received).batch().custodian()).isEqualTo("WholesalerMSP");

            assertThat(newcomer.getBatch(before).custodian()).isEqualTo("DistributorMSP");
            ProofVerification proof = ProvenanceProof.fromJson(newcomer.proveProvenance(before).toJson()).verify();
            assertThat(proof.failures()).as("the proof of a batch made before the organisation joined").isEmpty();
            assertThat(proof.verified()).isTrue();

            Map<Organization, LedgerAgreement.ChainInfo> chains = peers.agreedChain(Duration.ofSeconds(30));
            assertThat(chains).containsKey(wholesaler).hasSize(5);
            assertThat(chains.values().stream().distinct()).as("height and last block hash of every peer").hasSize(1);
            assertThat(peers.disagreements(List.of(before, own, received))).isEmpty();
        }

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = AnchorCli.commandLine(TestNetwork.anchorHome());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute("--org", NAME, "batch", "show", own);
        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains(own).contains("WholesalerMSP");
    }
}
