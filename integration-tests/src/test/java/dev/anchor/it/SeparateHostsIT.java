package dev.anchor.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.anchor.client.AnchorClient;
import dev.anchor.client.Organization;
import dev.anchor.client.Receipt;
import dev.anchor.client.custody.Batch;
import dev.anchor.client.custody.ProductionRecord;
import dev.anchor.client.gateway.LocalNetwork;
import dev.anchor.client.provenance.ChainVerification;
import dev.anchor.client.provenance.Provenance;
import dev.anchor.client.provenance.ProvenanceEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.anchor.client.Organization.AUDITOR;
import static dev.anchor.client.Organization.DISTRIBUTOR;
import static dev.anchor.client.Organization.MANUFACTURER;
import static dev.anchor.client.Organization.RETAILER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each organisation on a host of its own (a network namespace with its own address, network-config/separate-hosts.sh,
 * which runs network-config/host.sh on each host): the custody story plays across the hosts through the SDK, and no
 * connection between organisations goes over loopback: inside every host each process listens on the host's address
 * only, and the peers (gossip) and the Raft ordering nodes (cluster) hold connections to the other hosts' addresses.
 * It makes its own hosts and network beside the shared one, and removes both, also when it fails. Needs root
 * (network namespaces). Tagged {@code disruptive} (it loads the machine for minutes): Maven runs it after the other
 * integration tests; run only it with {@code mvn verify -pl integration-tests -am -Dit.test=SeparateHostsIT}.
 */
@Tag("hosts")
@Tag("disruptive")
class SeparateHostsIT {
    private static final SeparateHosts hosts = new SeparateHosts(TestNetwork.anchorHome());
    private static LocalNetwork network;
    private static final Map<Organization, AnchorClient> clients = new HashMap<>();

    @BeforeAll
    static void bringEveryOrganisationUpOnItsOwnHost() throws Exception {
        hosts.down(); // what a killed earlier run may have left
        hosts.up();
        network = hosts.network();
    }

    @AfterAll
    static void removeTheHosts() throws Exception {
        clients.values().forEach(AnchorClient::close);
        hosts.down();
    }

    private static AnchorClient as(Organization organization) {
        return clients.computeIfAbsent(organization, network::connect);
    }

    private static void settle() throws Exception {
        try (LedgerAgreement peers = new LedgerAgreement(network)) {
            peers.agreedChain(Duration.ofSeconds(30));
        }
    }

    @Test
    void theCustodyStoryPlaysAcrossTheHosts() throws Exception {
        String id = TestNetwork.uniqueBatchId("hosts");
        Receipt produced = as(MANUFACTURER).recordProduction(new ProductionRecord(id, "09506000134352",
                "Conference pears", new BigDecimal("640"), "kg", "Orchard Lane packing station"));
        Receipt offered = as(MANUFACTURER).initiateHandoff(id, DISTRIBUTOR);
        settle();
        Receipt accepted = as(DISTRIBUTOR).acceptHandoff(id);
        settle();
        Receipt toRetailer = as(DISTRIBUTOR).initiateHandoff(id, RETAILER);
        settle();
        Receipt atRetailer = as(RETAILER).acceptHandoff(id);
        settle();

        Batch batch = as(AUDITOR).getBatch(id);
        assertThat(batch.custodian()).isEqualTo("RetailerMSP");
        Provenance provenance = as(AUDITOR).getProvenance(id);
        assertThat(provenance.events()).extracting(ProvenanceEvent::transactionId).containsExactly(
                produced.transactionId(), offered.transactionId(), accepted.transactionId(),
                toRetailer.transactionId(), atRetailer.transactionId());
        assertThat(provenance.events()).extracting(ProvenanceEvent::actor).containsExactly("ManufacturerMSP",
                "ManufacturerMSP", "DistributorMSP", "DistributorMSP", "RetailerMSP");
        ChainVerification verification = provenance.verify(batch);
        assertThat(verification.intact()).as(verification.problem()).isTrue();
        assertThat(verification.eventsChecked()).isEqualTo(5);
        for (Organization organization : List.of(MANUFACTURER, DISTRIBUTOR, RETAILER)) {
            assertThat(as(organization).getProvenance(id)).as(organization + "'s peer").isEqualTo(provenance);
        }
    }

    @Test
    void everyProcessListensOnItsHostsAddressOnly() throws Exception {
        for (Organization organization : Organization.founders()) {
            String address = hosts.address(organization);
            List<SeparateHosts.Socket> listening = hosts.sockets(organization, "listening");
            assertThat(listening).as("sockets listening on the host of " + organization).isNotEmpty();
            assertThat(listening).as("sockets listening on the host of " + organization)
                    .allSatisfy(socket -> assertThat(socket.local().address()).isEqualTo(address));
            assertThat(hosts.sockets(organization, "established")).as("connections on the host of " + organization)
                    .allSatisfy(socket -> assertThat(List.of(socket.local().address(), socket.remote().address()))
                            .doesNotContain("127.0.0.1", "::1"));
        }
    }

    @Test
    void peersGossipAndOrderersClusterOverTheHostsAddresses() throws Exception {
        Map<Organization, List<SeparateHosts.Socket>> connections = new HashMap<>();
        Map<String, Organization> byAddress = new HashMap<>();
        for (Organization organization : Organization.founders()) {
            connections.put(organization, hosts.sockets(organization, "established"));
            byAddress.put(hosts.address(organization), organization);
        }
        Set<Set<Organization>> everyPair = pairs(Set.copyOf(Organization.founders()));
        assertThat(linkedHosts(connections, byAddress, "peer")).as("hosts whose peers gossip with each other")
                .containsExactlyInAnyOrderElementsOf(everyPair);
        Set<Organization> ordering = new HashSet<>();
        JsonNode descriptor = new ObjectMapper().readTree(
                TestNetwork.anchorHome().resolve(".anchor/separate-hosts/network.json").toFile());
        for (JsonNode orderer : descriptor.path("orderers")) {
            ordering.add(Organization.fromShortName(orderer.path("organization").asText()));
        }
        assertThat(ordering).containsExactlyInAnyOrder(MANUFACTURER, DISTRIBUTOR, RETAILER);
        assertThat(linkedHosts(connections, byAddress, "orderer")).as("hosts whose ordering nodes form the Raft cluster")
                .containsExactlyInAnyOrderElementsOf(pairs(ordering));
    }

    /**
     * The pairs of hosts between which a process named PROCESS on one holds a TCP connection with a process of that
     * name on the other: both ends seen, each inside its own host, on the hosts' addresses.
     */
    private static Set<Set<Organization>> linkedHosts(Map<Organization, List<SeparateHosts.Socket>> connections,
                                                      Map<String, Organization> byAddress, String process) {
        Set<Set<Organization>> linked = new HashSet<>();
        connections.forEach((host, sockets) -> {
            for (SeparateHosts.Socket socket : sockets) {
                Organization other = byAddress.get(socket.remote().address());
                if (!socket.process().equals(process) || other == null || other == host) {
                    continue;
                }
                if (connections.get(other).contains(new SeparateHosts.Socket(socket.remote(), socket.local(), process))) {
                    linked.add(Set.of(host, other));
                }
            }
        });
        return linked;
    }

    private static Set<Set<Organization>> pairs(Set<Organization> organizations) {
        Set<Set<Organization>> pairs = new HashSet<>();
        for (Organization one : organizations) {
            for (Organization other : organizations) {
                if (one != other) {
                    pairs.add(Set.of(one, other));
                }
            }
        }
        return pairs;
    }
}
