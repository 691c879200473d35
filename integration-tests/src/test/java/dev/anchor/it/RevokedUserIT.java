package dev.anchor.it;

import dev.anchor.cli.identity.OrganizationUsers;
import dev.anchor.client.Anchor;
import dev.anchor.client.AnchorClient;
import dev.anchor.client.AnchorException;
import dev.anchor.client.ConnectionOptions;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.Organization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.anchor.client.Organization.MANUFACTURER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A user registered and enrolled with the manufacturer's Fabric CA acts on the channel until it is revoked; after
 * {@code anchor user revoke} (the CA's CRL put into ManufacturerMSP in the channel configuration) every
 * organisation's peer refuses it, while the organisation's other users go on.
 */
class RevokedUserIT {
    @RegisterExtension
    static final TestNetwork network = TestNetwork.open();

    @Test
    void aRevokedUserIsRefusedByEveryPeer() {
        String name = "revoked-" + Long.toString(System.nanoTime(), 36);
        CliRunner.ok(network, "--org", "manufacturer", "user", "register", name, "--role", "operator");
        CliRunner.ok(network, "--org", "manufacturer", "user", "enroll", name);
        CliRunner.Run list = CliRunner.ok(network, "--org", "manufacturer", "user", "list");
        assertThat(list.out()).containsPattern(name + "@manufacturer\\.anchor\\.local +client +operator +yes");

        String before = TestNetwork.uniqueBatchId("before-revocation");
        CliRunner.ok(network, "--org", "manufacturer", "--user", name, "batch", "create", "--id", before,
                "--product", "09506000134352", "--name", "Conference pears", "--quantity", "10", "--unit", "kg",
                "--site", "Orchard Lane");

        CliRunner.Run revoke = CliRunner.ok(network, "--org", "manufacturer", "user", "revoke", name,
                "--reason", "keycompromise");
        assertThat(revoke.out()).contains("revoked " + name + "@manufacturer.anchor.local")
                .contains("every peer has committed configuration block");

        ConnectionOptions revoked = OrganizationUsers.of(network.descriptor().connectionOptions(MANUFACTURER))
                .connectionOptions(name);
        for (Organization peerOf : network.descriptor().organizations()) {
            ConnectionOptions peer = network.descriptor().connectionOptions(peerOf);
            ConnectionOptions viaPeer = revoked.toBuilder().peerEndpoint(peer.peerEndpoint())
                    .tlsHostAlias(peer.tlsHostAlias().orElse(null)).tlsCaCert(peer.tlsCaCert()).build();
            try (AnchorClient client = Anchor.connect(viaPeer)) {
                AnchorException refused = catchThrowableOfType(AnchorException.class, () -> client.getBatch(before));
                assertThat(refused).as("%s's peer must refuse the revoked user", peerOf).isNotNull();
                assertThat(refused.errorCode()).isEqualTo(ErrorCode.ACCESS_DENIED);
            }
        }
        CliRunner.Run after = CliRunner.settled(network, "--org", "manufacturer", "--user", name, "batch", "create",
                "--id", TestNetwork.uniqueBatchId("after-revocation"), "--product", "09506000134352", "--name",
                "Conference pears", "--quantity", "10", "--unit", "kg", "--site", "Orchard Lane");
        assertThat(after.exitCode()).isNotZero();
        assertThat(after.err()).contains("ACCESS_DENIED");

        assertThat(network.as(MANUFACTURER).getBatch(before).batchId()).isEqualTo(before);
    }
}
