package dev.anchor.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The channel's Raft ordering nodes as the network descriptor lists them ({@code "orderers"} in
 * {@code .anchor/network.json}), read through each node's operations endpoint ({@code /metrics}, Prometheus text):
 * which node leads the channel's Raft cluster ({@code consensus_etcdraft_is_leader}) and how far each has committed
 * ({@code consensus_etcdraft_committed_block_number}). A node that does not answer counts as down.
 */
final class OrderingService {
    /** One ordering node: its DNS name (also its process name) and its operations endpoint. */
    record Node(String name, String organization, String operationsEndpoint) {
    }

    private final String channel;
    private final List<Node> nodes;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private OrderingService(String channel, List<Node> nodes) {
        this.channel = channel;
        this.nodes = List.copyOf(nodes);
    }

    /** Reads the ordering nodes from a network descriptor. */
    static OrderingService of(Path descriptor) throws IOException {
        JsonNode root = new ObjectMapper().readTree(descriptor.toFile());
        List<Node> nodes = new ArrayList<>();
        for (JsonNode o : root.path("orderers")) {
            nodes.add(new Node(o.path("name").asText(), o.path("organization").asText(),
                    o.path("operationsEndpoint").asText()));
        }
        if (nodes.isEmpty()) {
            throw new IllegalStateException(descriptor + " lists no orderers (a network made before the Raft cluster?)");
        }
        return new OrderingService(root.path("channel").asText("supplychain"), nodes);
    }

    List<Node> nodes() {
        return nodes;
    }

    /** The node that leads the channel now, if exactly one that answers says it does. */
    Optional<Node> leader() {
        List<Node> leaders = nodes.stream().filter(n -> metric(n, "consensus_etcdraft_is_leader").orElse(0) == 1)
                .toList();
        return leaders.size() == 1 ? Optional.of(leaders.get(0)) : Optional.empty();
    }

    /** Waits up to {@code timeout} for a leader among the nodes that answer. */
    Node awaitLeader(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            Optional<Node> leader = leader();
            if (leader.isPresent()) {
                return leader.get();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no single Raft leader among " + nodes + " within " + timeout);
            }
            Thread.sleep(200);
        }
    }

    /** The last block each answering node has committed, by node name (a node that does not answer is left out). */
    Map<String, Long> committedBlocks() {
        Map<String, Long> blocks = new LinkedHashMap<>();
        for (Node n : nodes) {
            metric(n, "consensus_etcdraft_committed_block_number").ifPresent(b -> blocks.put(n.name(), b));
        }
        return blocks;
    }

    /** The value of a gauge of this channel on a node, if the node answers and has it. */
    OptionalLong metric(Node node, String gauge) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create("http://" + node.operationsEndpoint() + "/metrics")).timeout(Duration.ofSeconds(2))
                    .build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = Pattern.compile("(?m)^" + Pattern.quote(gauge + "{channel=\"" + channel + "\"}")
                    + " ([0-9.e+]+)$").matcher(response.body());
            return m.find() ? OptionalLong.of((long) Double.parseDouble(m.group(1))) : OptionalLong.empty();
        } catch (IOException e) {
            return OptionalLong.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalLong.empty();
        }
    }
}
