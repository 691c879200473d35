package dev.anchor.client.gateway;

import dev.anchor.client.Anchor;
import dev.anchor.client.AnchorClient;
import dev.anchor.client.AnchorException;
import dev.anchor.client.ConnectionOptions;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.NetworkUnavailableException;
import dev.anchor.client.Organization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class LocalNetworkTest {
    @TempDir
    Path dir;

    private static String org(String key, String msp, String endpoint, String ca, String cert, String keyFile) {
        return "\"" + key + "\":{\"mspId\":\"" + msp + "\",\"peerEndpoint\":\"" + endpoint
                + "\",\"peerHostAlias\":\"peer0." + key + ".anchor.local\",\"tlsCaCert\":\"" + ca
                + "\",\"userCert\":\"" + cert + "\",\"userKey\":\"" + keyFile + "\"}";
    }

    @Test
    void readsTheDescriptor() throws Exception {
        Path file = dir.resolve(".anchor/network.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"channel\":\"supplychain\",\"chaincode\":\"anchor\",\"organizations\":{"
                + org("manufacturer", "ManufacturerMSP", "127.0.0.1:7051", "/abs/ca.crt", "/abs/cert.pem", "/abs/key.pem")
                + "," + org("retailer", "RetailerMSP", "127.0.0.1:9051", "tls/ca.crt", "u/cert.pem", "u/key.pem")
                + "," + org("wholesaler", "WholesalerMSP", "127.0.0.1:12051", "w/ca.crt", "w/cert.pem", "w/key.pem")
                + ",\"comment\":\"ignored\"},\"version\":2}");

        LocalNetwork network = LocalNetwork.load(file);

        assertThat(network.channel()).isEqualTo("supplychain");
        assertThat(network.chaincode()).isEqualTo("anchor");
        Organization wholesaler = Organization.member("WholesalerMSP", "wholesaler", true);
        assertThat(network.organizations()).containsExactly(Organization.MANUFACTURER, Organization.RETAILER, wholesaler);
        assertThat(network.organization("wholesaler")).isEqualTo(wholesaler);
        assertThat(network.connectionOptions(wholesaler).peerEndpoint()).isEqualTo("127.0.0.1:12051");
        assertThatThrownBy(() -> network.organization("grocer")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown organisation 'grocer'; valid names: manufacturer, retailer, wholesaler");
        ConnectionOptions m = network.connectionOptions(Organization.MANUFACTURER);
        assertThat(m.peerEndpoint()).isEqualTo("127.0.0.1:7051");
        assertThat(m.tlsHostAlias()).contains("peer0.manufacturer.anchor.local");
        assertThat(m.tlsCaCert()).isEqualTo(Path.of("/abs/ca.crt"));
        assertThat(m.mspId()).isEqualTo("ManufacturerMSP");
        assertThat(m.certificate()).isEqualTo(Path.of("/abs/cert.pem"));
        assertThat(m.privateKey()).isEqualTo(Path.of("/abs/key.pem"));
        ConnectionOptions r = network.connectionOptions(Organization.RETAILER);
        assertThat(r.tlsCaCert()).isEqualTo(file.getParent().toAbsolutePath().resolve("tls/ca.crt"));
        assertThat(r.organization()).isEqualTo(Organization.RETAILER);
        assertThatThrownBy(() -> network.connectionOptions(Organization.AUDITOR))
                .isInstanceOf(AnchorException.class).hasMessageContaining("auditor");
    }

    @Test
    void missingDescriptorSaysHowToStartTheNetwork() {
        AnchorException e = catchThrowableOfType(AnchorException.class,
                () -> LocalNetwork.load(dir.resolve("network.json")));
        assertThat(e.errorCode()).isEqualTo(ErrorCode.CONFIGURATION);
        assertThat(e.getMessage()).contains("network.json").contains("network-config/network.sh up");
    }

    @Test
    void incompleteDescriptorIsAConfigurationError() throws Exception {
        Path file = dir.resolve("network.json");
        Files.writeString(file, "{\"organizations\":{\"manufacturer\":{\"mspId\":\"ManufacturerMSP\"}}}");
        AnchorException e = catchThrowableOfType(AnchorException.class, () -> LocalNetwork.load(file));
        assertThat(e.errorCode()).isEqualTo(ErrorCode.CONFIGURATION);
        assertThat(e.getMessage()).contains("manufacturer").contains("peerEndpoint");

        Files.writeString(file, "not json");
        assertThat(catchThrowableOfType(AnchorException.class, () -> LocalNetwork.load(file)).errorCode())
                .isEqualTo(ErrorCode.CONFIGURATION);
    }

    @Test
    void connectingWithAMissingKeyIsAConfigurationError() throws Exception {
        TestIdentity id = TestIdentity.create(dir, "user");
        ConnectionOptions options = ConnectionOptions.builder().peerEndpoint("127.0.0.1:7051")
                .tlsCaCert(id.cert).mspId("AuditorMSP").certificate(id.cert).privateKey(dir.resolve("nokey.pem"))
                .build();

        AnchorException e = catchThrowableOfType(AnchorException.class, () -> Anchor.connect(options));

        assertThat(e.errorCode()).isEqualTo(ErrorCode.CONFIGURATION);
        assertThat(e.getMessage()).contains("private key").contains("nokey.pem").contains("not found");
    }

    @Test
    void unreachablePeerShowsAsUnavailableOnTheFirstCall() throws Exception {
        TestIdentity id = TestIdentity.create(dir, "user");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ConnectionOptions options = ConnectionOptions.builder().peerEndpoint("127.0.0.1:" + port)
                .tlsHostAlias("peer0.auditor.anchor.local").tlsCaCert(id.cert).mspId("AuditorMSP")
                .certificate(id.cert).privateKey(id.key).evaluateTimeout(Duration.ofSeconds(5)).build();

        try (AnchorClient client = Anchor.connect(options)) {
            assertThat(client.organization()).isEqualTo(Organization.AUDITOR);
            NetworkUnavailableException e = catchThrowableOfType(NetworkUnavailableException.class,
                    () -> client.getBatch("PEAR-001"));
            assertThat(e.errorCode()).isEqualTo(ErrorCode.UNAVAILABLE);
            assertThat(e.getMessage()).startsWith("peer 127.0.0.1:" + port + " is unavailable");
        }
    }

    @Test
    void optionsNeedAKnownMspIdAndTheRequiredFiles() {
        assertThatThrownBy(() -> ConnectionOptions.builder().peerEndpoint("x:1").tlsCaCert(dir).certificate(dir)
                .privateKey(dir).mspId("OtherMSP").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OtherMSP");
        assertThatThrownBy(() -> ConnectionOptions.builder().mspId("AuditorMSP").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("peerEndpoint");
        ConnectionOptions o = ConnectionOptions.builder().peerEndpoint("x:1").tlsCaCert(dir).certificate(dir)
                .privateKey(dir).organization(Organization.RETAILER).build();
        assertThat(o.channel()).isEqualTo("supplychain");
        assertThat(o.chaincode()).isEqualTo("anchor");
        assertThat(o.tlsHostAlias()).isEmpty();
        assertThat(o.toBuilder().channel("other").build().channel()).isEqualTo("other");
    }
}
