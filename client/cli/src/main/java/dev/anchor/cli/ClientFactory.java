package dev.anchor.cli;

import dev.anchor.cli.identity.IdentityException;
import dev.anchor.cli.identity.OrganizationUsers;
import dev.anchor.cli.serve.RunningServer;
import dev.anchor.cli.identity.IdentityException;
import dev.anchor.cli.identity.OrganizationUsers;
import dev.anchor.client.Anchor;
import dev.anchor.client.AnchorClient;
import dev.anchor.client.ConnectionOptions;
import dev.anchor.client.Organization;
import dev.anchor.client.gateway.LocalNetwork;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** How commands obtain an {@link AnchorClient}; tests replace it. */
@FunctionalInterface
public interface ClientFactory {
    /**
     * @param networkFile the network descriptor ({@code .anchor/network.json})
     * @param organization whom to act as
     * @param user         which of its users ({@code --user}), or null for its default user
     */
    AnchorClient connect(Path networkFile, Organization organization, String user);

    /**
     * Connects through {@link LocalNetwork}, with a helpful error when the descriptor is missing; EPCIS queries go
     * to the organisation's {@code anchor serve} while one runs ({@link RunningServer}).
     */
    static ClientFactory localNetwork() {
        return (networkFile, organization, user) -> {
            if (!Files.isRegularFile(networkFile)) {
                throw new CliException("CONFIGURATION", "no network descriptor at " + networkFile
                        + "; start the network with `network-config/network.sh up` or run `./anchor demo`",
                        ExitCodes.UNAVAILABLE);
            }
            ConnectionOptions options = LocalNetwork.load(networkFile).connectionOptions(organization);
            if (user != null) {
                try {
                    options = OrganizationUsers.of(options).connectionOptions(user);
                } catch (IdentityException e) {
                    throw new CliException(e.code(), e.getMessage(),
                            e.code().startsWith("INVALID_") ? ExitCodes.USAGE : ExitCodes.FAILED);
                }
            }
            Optional<RunningServer> server = RunningServer.of(networkFile.toAbsolutePath().getParent(),
                    organization.mspId());
            return Anchor.connect(server.isEmpty() ? options
                    : options.toBuilder().epcisServer(server.get().url(), server.get().certificate()).build());
        };
    }
}
