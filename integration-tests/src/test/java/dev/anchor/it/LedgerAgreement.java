package dev.anchor.it;

import dev.anchor.client.Organization;
import dev.anchor.client.gateway.LocalNetwork;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.protos.common.BlockchainInfo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What each organisation's own peer says, asked through that organisation's own gateway connection: its
 * block height and last block hash (from the query system chaincode {@code qscc}), and a batch as it has it. Every
 * organisation the network descriptor lists, those added since the network was made included.
 * Used to show that all peers hold the same ledger after faults.
 */
final class LedgerAgreement implements AutoCloseable {
    /** One peer's view of the chain. */
    record ChainInfo(long height, String currentBlockHash) {
    }

    private final Map<Organization, RawGateway> gateways = new LinkedHashMap<>();
    private final String channel;

    LedgerAgreement(LocalNetwork network) throws Exception {
        this.channel = network.channel();
        for (Organization organization : network.organizations()) {
            gateways.put(organization, new RawGateway(network.connectionOptions(organization)));
        }
    }

    ChainInfo chainInfo(Organization peer) throws Exception {
        Contract qscc = gateways.get(peer).network().getContract("qscc");
        byte[] info = qscc.newProposal("GetChainInfo").addArguments(channel)
                .setEndorsingOrganizations(peer.mspId()).build().evaluate();
        BlockchainInfo chain = BlockchainInfo.parseFrom(info);
        return new ChainInfo(chain.getHeight(), HexFormat.of().formatHex(chain.getCurrentBlockHash().toByteArray()));
    }

    /** Waits until every peer has the same height (they catch up by gossip and deliver), then returns each one's view. */
    Map<Organization, ChainInfo> agreedChain(Duration patience) throws Exception {
        Instant deadline = Instant.now().plus(patience);
        while (true) {
            Map<Organization, ChainInfo> views = new LinkedHashMap<>();
            for (Organization peer : gateways.keySet()) {
                views.put(peer, chainInfo(peer));
            }
            if (views.values().stream().map(ChainInfo::height).distinct().count() == 1 || Instant.now().isAfter(deadline)) {
                return views;
            }
            Thread.sleep(500);
        }
    }

    /** The batch's JSON as {@code peer} has it, or empty when that peer does not have the batch. */
    Optional<String> batchOn(Organization peer, String batchId) throws Exception {
        try {
            byte[] json = gateways.get(peer).contract().newProposal("GetBatch").addArguments(batchId)
                    .setEndorsingOrganizations(peer.mspId()).build().evaluate();
            return Optional.of(new String(json, java.nio.charset.StandardCharsets.UTF_8));
        } catch (GatewayException e) {
            String details = e.getDetails().toString() + e.getMessage();
            if (details.contains("BATCH_NOT_FOUND")) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** The batches that the peers do not all hold identically: one line each, naming the difference. */
    List<String> disagreements(List<String> batchIds) throws Exception {
        List<String> problems = new ArrayList<>();
        for (String id : batchIds) {
            Map<Organization, Optional<String>> views = new LinkedHashMap<>();
            for (Organization peer : gateways.keySet()) {
                views.put(peer, batchOn(peer, id));
            }
            if (views.values().stream().distinct().count() != 1) {
                problems.add(id + ": " + views);
            }
        }
        return problems;
    }

    @Override
    public void close() {
        gateways.values().forEach(RawGateway::close);
    }
}
