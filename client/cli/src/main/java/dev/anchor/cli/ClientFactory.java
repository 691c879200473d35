package dev.anchor.cli;

import dev.anchor.client.AnchorClient;
import dev.anchor.client.LocalNetwork;
import dev.anchor.client.Organization;

import java.nio.file.Files;
import java.nio.file.Path;

/** How commands obtain an {@link AnchorClient}; tests replace it. */
@FunctionalInterface
interface ClientFactory {
    /**
     * @param networkFile the network descriptor ({@code .anchor/network.json})
     * @param organization whom to act as
     */
    AnchorClient connect(Path networkFile, Organization organization);

    /** Connects through {@link LocalNetwork}, with a helpful error when the descriptor is missing. */
    static ClientFactory localNetwork() {
        return (networkFile, organization) -> {
            if (!Files.isRegularFile(networkFile)) {
                throw new CliException("CONFIGURATION", "no network descriptor at " + networkFile
                        + "; start the network with `network-config/network.sh up` or run `./anchor demo`",
                        ExitCodes.UNAVAILABLE);
            }
            return LocalNetwork.load(networkFile).connect(organization);
        };
    }
}
