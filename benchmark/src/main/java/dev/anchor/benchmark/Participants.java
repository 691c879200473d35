package dev.anchor.benchmark;

import dev.anchor.client.AnchorClient;
import dev.anchor.client.Organization;
import dev.anchor.client.gateway.LocalNetwork;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One SDK client per organisation, shared by all workers of every round (fabric-gateway is thread-safe, and a
 * real participant would also use one connection), opened on first use and closed at the end of the run.
 */
public final class Participants implements AutoCloseable {
    private final LocalNetwork network;
    private final Map<Organization, AnchorClient> clients = new LinkedHashMap<>();

    /** @param network the local network's descriptor */
    public Participants(LocalNetwork network) {
        this.network = Objects.requireNonNull(network, "network");
    }

    /** @return the network these clients connect to */
    public LocalNetwork network() {
        return network;
    }

    /** @return the shared client acting as {@code organization} */
    public synchronized AnchorClient as(Organization organization) {
        return clients.computeIfAbsent(organization, network::connect);
    }

    @Override
    public synchronized void close() {
        clients.values().forEach(AnchorClient::close);
        clients.clear();
    }
}
