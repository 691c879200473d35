package dev.anchor.it;

import dev.anchor.cli.AnchorCli;
import dev.anchor.client.AnchorClient;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.NetworkUnavailableException;
import dev.anchor.client.Organization;
import dev.anchor.client.TransactionRefusedException;
import dev.anchor.client.custody.ProductionRecord;
import dev.anchor.client.proof.ProofCheck;
import dev.anchor.client.proof.ProofVerification;
import dev.anchor.client.proof.ProvenanceProof;
import dev.anchor.client.proof.TrustAnchors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A proof made on the real network verifies offline: the network is stopped before the proof is verified (by the
 * SDK and by the CLI in an anchor home without a network descriptor), and started again afterwards for the other
 * integration tests.
 */
@Tag("disruptive")
class ProvenanceProofIT {
    @RegisterExtension
    static final TestNetwork network = TestNetwork.open();
    private static final NetworkProcesses processes = new NetworkProcesses(TestNetwork.anchorHome());

    record Run(int exitCode, String out, String err) {
    }

    private static Run anchor(Path home, String... args) {
        CommandLine cli = AnchorCli.commandLine(home);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return new Run(cli.execute(args), out.toString(), err.toString());
    }

    @Test
    void aProofMadeOnTheNetworkVerifiesWithTheNetworkStopped(@TempDir Path dir) throws Exception {
        String id = TestNetwork.uniqueBatchId("proof");
        String other = TestNetwork.uniqueBatchId("proof-other");
        AnchorClient manufacturer = network.as(Organization.MANUFACTURER);
        manufacturer.recordProduction(new ProductionRecord(id, "09506000134352", "Conference pears",
                new BigDecimal("1200"), "kg", "Orchard Lane"));
        manufacturer.recordProduction(new ProductionRecord(other, "09506000134352", "Comice pears",
                new BigDecimal("300"), "kg", "Orchard Lane"));
        manufacturer.initiateHandoff(id, Organization.DISTRIBUTOR);
        network.as(Organization.DISTRIBUTOR).rejectHandoff(id, "temperature log missing");
        manufacturer.initiateHandoff(id, Organization.RETAILER);
        network.settle(); // the recipient's peer has committed the offer
        network.as(Organization.RETAILER).acceptHandoff(id);

        ProvenanceProof proof = network.as(Organization.AUDITOR).proveProvenance(id);
        Path sdkFile = dir.resolve("sdk.proof.json");
        proof.write(sdkFile);
        Path cliFile = dir.resolve("cli.proof.json");
        Run traced = anchor(TestNetwork.anchorHome(), "--org", "auditor", "trace", id, "--proof", cliFile.toString());
        assertThat(traced.exitCode()).as(traced.err()).isZero();
        assertThat(traced.out()).contains("proof: written to " + cliFile);
        Path tampered = dir.resolve("tampered.proof.json");
        Files.writeString(tampered, Files.readString(cliFile).replace("\"quantity\":1200", "\"quantity\":1300"));
        Path trust = trustDirectory(dir.resolve("trust"));
        Path offlineHome = Files.createDirectories(dir.resolve("offline-home"));

        processes.stop();
        try {
            ProofVerification v = ProvenanceProof.read(sdkFile).verify(TrustAnchors.fromDirectory(trust));
            assertThat(v.failures()).isEmpty();
            assertThat(v.checks()).hasSize(9).allMatch(ProofCheck::passed);
            assertThat(v.check(ProofVerification.EVENTS).orElseThrow().detail()).startsWith("5 events");
            int members = network.descriptor().organizations().size(); // 5 once OnboardingIT has added one
            assertThat(v.check(ProofVerification.POLICY).orElseThrow().detail())
                    .contains("MAJORITY Endorsement of " + members + " organisations (" + (members / 2 + 1) + " needed)");

            assertThat(Files.exists(offlineHome.resolve(".anchor/network.json"))).isFalse();
            Run fromBundle = anchor(offlineHome, "verify-proof", cliFile.toString());
            assertThat(fromBundle.exitCode()).as(fromBundle.out() + fromBundle.err()).isZero();
            assertThat(fromBundle.out()).contains("trust anchors: taken from the bundle itself")
                    .containsPattern("RetailerMSP +([0-9A-F]{2}:){31}[0-9A-F]{2}")
                    .contains("ok      hash chain").endsWith("verdict: VERIFIED\n");

            Run withTrust = anchor(offlineHome, "verify-proof", cliFile.toString(), "--trust", trust.toString());
            assertThat(withTrust.exitCode()).as(withTrust.out()).isZero();
            assertThat(withTrust.out()).contains("trust anchors: from --trust");

            Run rejected = anchor(offlineHome, "verify-proof", tampered.toString(), "--trust", trust.toString());
            assertThat(rejected.exitCode()).isEqualTo(5);
            assertThat(rejected.out()).contains("FAILED  events = ledger writes",
                    "details.quantity is 1300, the ledger has 1200").endsWith("verdict: REJECTED (events = ledger "
                    + "writes, hash chain)\n");
            assertThat(rejected.err()).isEmpty();
        } finally {
            network.close();
            processes.restart();
            awaitEveryPeerCaughtUp();
        }
        assertThat(network.as(Organization.AUDITOR).getBatch(id).custodian()).isEqualTo("RetailerMSP");
    }

    /**
     * After the restart, waits until every organisation's peer has a fresh transaction committed, so that the
     * integration tests after this one (which read on one peer what they wrote through another) find every peer
     * receiving blocks again.
     */
    private static void awaitEveryPeerCaughtUp() throws InterruptedException {
        String probe = TestNetwork.uniqueBatchId("proof-restarted");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        // The ordering nodes may still be starting (electing a Raft leader again) when the peers answer.
        while (true) {
            try {
                network.as(Organization.MANUFACTURER).recordProduction(new ProductionRecord(probe, "09506000134352",
                        "Conference pears", BigDecimal.ONE, "kg", "Orchard Lane"));
                break;
            } catch (NetworkUnavailableException e) {
                assertThat(System.nanoTime()).as("the restarted ordering service takes transactions: " + e.getMessage())
                        .isLessThan(deadline);
                Thread.sleep(1_000);
            } catch (TransactionRefusedException e) {
                if (e.errorCode() != ErrorCode.BATCH_EXISTS) {
                    throw e;
                }
                break; // an attempt that timed out was ordered after all
            }
        }
        for (Organization org : network.descriptor().organizations()) {
            while (true) {
                try {
                    network.as(org).getBatch(probe);
                    break;
                } catch (TransactionRefusedException e) {
                    assertThat(System.nanoTime()).as(org + "'s peer has not caught up").isLessThan(deadline);
                    Thread.sleep(250);
                }
            }
        }
    }

    /** The organisations' CA certificates from the network's crypto material, as an auditor would collect them. */
    private static Path trustDirectory(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path crypto = TestNetwork.anchorHome().resolve(".anchor/crypto");
        for (Organization org : network.descriptor().organizations()) {
            String domain = org.shortName() + ".anchor.local";
            Files.copy(crypto.resolve("peerOrganizations/" + domain + "/ca/ca." + domain + "-cert.pem"),
                    dir.resolve(org.mspId() + ".pem"));
        }
        return dir;
    }
}
