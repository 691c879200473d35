package dev.anchor.it;

import dev.anchor.client.AnchorClient;
import dev.anchor.client.Organization;
import dev.anchor.client.custody.Sscc;
import dev.anchor.client.gateway.LocalNetwork;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real local network that {@code network-config/network.sh up} started before the integration tests
 * (Maven's pre-integration-test phase), and one SDK client per organisation. Register it in a test class
 * with {@code @RegisterExtension static final TestNetwork network = TestNetwork.open();}: the clients are
 * closed after the class's tests.
 */
final class TestNetwork implements AfterAllCallback, AutoCloseable {
    private static final String RUN_ID = Long.toString(System.currentTimeMillis(), 36).toUpperCase()
            + ThreadLocalRandom.current().nextInt(100, 1000);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final LocalNetwork network;
    private final Map<Organization, AnchorClient> clients = new LinkedHashMap<>();
    private LedgerAgreement peers;

    private TestNetwork(LocalNetwork network) {
        this.network = network;
    }

    static TestNetwork open() {
        Path descriptor = anchorHome().resolve(".anchor/network.json");
        if (!Files.isRegularFile(descriptor)) {
            throw new IllegalStateException("no network descriptor at " + descriptor
                    + ": run network-config/network.sh up (mvn verify does it before the integration tests)");
        }
        return new TestNetwork(LocalNetwork.load(descriptor));
    }

    static Path anchorHome() {
        return Path.of(System.getProperty("anchor.home", "..")).toAbsolutePath().normalize();
    }

    /** A batch id that no earlier run on the same ledger has used, so tests can run again and again. */
    static String uniqueBatchId(String purpose) {
        return "IT-" + RUN_ID + "-" + purpose + "-" + SEQUENCE.incrementAndGet();
    }

    private static final AtomicInteger SSCC_SEQUENCE = new AtomicInteger();
    private static final String SSCC_RUN = String.format("%013d", System.currentTimeMillis()).substring(0, 13);

    /** An SSCC-18 that no earlier run has used: the run's time in milliseconds, a counter, the GS1 check digit. */
    static String uniqueSscc() {
        return Sscc.withCheckDigit(SSCC_RUN + String.format("%04d", SSCC_SEQUENCE.incrementAndGet()));
    }

    LocalNetwork descriptor() {
        return network;
    }

    AnchorClient as(Organization organization) {
        return clients.computeIfAbsent(organization, network::connect);
    }

    /**
     * Waits until every peer has committed what was written so far (at most 30 s). A write returns once the writer's
     * own peer committed it; another organisation's peer may be a block behind, so a read through it right after
     * the write could see the state before.
     */
    void settle() {
        try {
            if (peers == null) {
                peers = new LedgerAgreement(network);
            }
            peers.agreedChain(Duration.ofSeconds(30));
        } catch (Exception e) {
            throw new IllegalStateException("cannot ask the peers for their block heights", e);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        clients.values().forEach(AnchorClient::close);
        clients.clear();
        if (peers != null) {
            try {
                peers.close();
            } catch (Exception e) {
                // closing connections to peers that are gone is harmless
            }
            peers = null;
        }
    }
}
