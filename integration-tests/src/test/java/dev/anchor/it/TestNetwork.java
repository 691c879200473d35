package dev.anchor.it;

import dev.anchor.client.AnchorClient;
import dev.anchor.client.LocalNetwork;
import dev.anchor.client.Organization;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
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
    private final Map<Organization, AnchorClient> clients = new EnumMap<>(Organization.class);

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
        String body = SSCC_RUN + String.format("%04d", SSCC_SEQUENCE.incrementAndGet());
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int digit = body.charAt(16 - i) - '0';
            sum += i % 2 == 0 ? digit * 3 : digit;
        }
        return body + (10 - sum % 10) % 10;
    }

    LocalNetwork descriptor() {
        return network;
    }

    AnchorClient as(Organization organization) {
        return clients.computeIfAbsent(organization, network::connect);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        clients.values().forEach(AnchorClient::close);
        clients.clear();
    }
}
