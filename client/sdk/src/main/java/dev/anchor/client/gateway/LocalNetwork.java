package dev.anchor.client.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import dev.anchor.client.Anchor;
import dev.anchor.client.AnchorClient;
import dev.anchor.client.AnchorException;
import dev.anchor.client.ConnectionOptions;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.Organization;
import dev.anchor.client.wire.AnchorJson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The local development network, as described by the file {@code network-config/network.sh up} writes
 * ({@code <repo>/.anchor/network.json}):
 * <pre>{@code
 * {"channel":"supplychain","chaincode":"anchor","organizations":{
 *   "manufacturer":{"mspId":"ManufacturerMSP","peerEndpoint":"127.0.0.1:7051",
 *                   "peerHostAlias":"peer0.manufacturer.anchor.local","tlsCaCert":"/abs/ca.crt",
 *                   "userCert":"/abs/cert.pem","userKey":"/abs/key.pem"}, ...}}
 * }</pre>
 * Relative paths in it are resolved against the directory holding the file. Founding organisations are matched by
 * {@code mspId} (or, without one, by their key as short name); any other MSP ID is a member admitted later
 * (docs/membership.md), known by its key as short name, holding custody unless its {@code holdsCustody} is false.
 *
 * <pre>{@code
 * LocalNetwork network = LocalNetwork.load(Path.of(".anchor/network.json"));
 * try (AnchorClient retailer = network.connect(Organization.RETAILER)) {
 *     retailer.acceptHandoff("PEAR-001");
 * }
 * }</pre>
 */
public final class LocalNetwork {
    private final Path descriptor;
    private final String channel;
    private final String chaincode;
    private final Map<Organization, ConnectionOptions> organizations;

    private LocalNetwork(Path descriptor, String channel, String chaincode,
                         Map<Organization, ConnectionOptions> organizations) {
        this.descriptor = descriptor;
        this.channel = channel;
        this.chaincode = chaincode;
        this.organizations = Collections.unmodifiableMap(organizations);
    }

    /**
     * Reads a descriptor file.
     *
     * @param descriptor the file, usually {@code <repo>/.anchor/network.json}
     * @return the network it describes
     * @throws AnchorException with {@link ErrorCode#CONFIGURATION} when the file is missing, unreadable or
     *                         incomplete
     */
    public static LocalNetwork load(Path descriptor) {
        if (!Files.isRegularFile(descriptor)) {
            throw new AnchorException(ErrorCode.CONFIGURATION, "network descriptor " + descriptor
                    + " not found; start the network with network-config/network.sh up");
        }
        String text;
        try {
            text = Files.readString(descriptor, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AnchorException(ErrorCode.CONFIGURATION,
                    "cannot read network descriptor " + descriptor + ": " + e.getMessage(), null, e);
        }
        return parse(text, descriptor.toAbsolutePath());
    }

    static LocalNetwork parse(String json, Path descriptor) {
        JsonNode root;
        try {
            root = AnchorJson.parseObject(json, "network descriptor " + descriptor);
        } catch (AnchorException e) {
            throw new AnchorException(ErrorCode.CONFIGURATION, e.getMessage(), null, e);
        }
        String channel = Optional.ofNullable(AnchorJson.text(root, "channel")).orElse(ConnectionOptions.DEFAULT_CHANNEL);
        String chaincode = Optional.ofNullable(AnchorJson.text(root, "chaincode"))
                .orElse(ConnectionOptions.DEFAULT_CHAINCODE);
        Path base = descriptor.getParent() == null ? Path.of("") : descriptor.getParent();
        Map<Organization, ConnectionOptions> organizations = new LinkedHashMap<>();
        JsonNode orgs = root.get("organizations");
        if (orgs != null && orgs.isObject()) {
            for (Map.Entry<String, JsonNode> entry : orgs.properties()) {
                JsonNode o = entry.getValue();
                if (!o.isObject()) {
                    continue;
                }
                Optional<Organization> org;
                try {
                    org = organization(AnchorJson.text(o, "mspId"), entry.getKey(), o.get("holdsCustody"));
                } catch (IllegalArgumentException e) {
                    throw new AnchorException(ErrorCode.CONFIGURATION, "network descriptor " + descriptor
                            + ": organisation '" + entry.getKey() + "': " + e.getMessage(), null, e);
                }
                if (org.isEmpty()) {
                    continue;
                }
                try {
                    organizations.put(org.get(), ConnectionOptions.builder()
                            .organization(org.get())
                            .peerEndpoint(AnchorJson.text(o, "peerEndpoint"))
                            .tlsHostAlias(AnchorJson.text(o, "peerHostAlias"))
                            .tlsCaCert(path(base, AnchorJson.text(o, "tlsCaCert")))
                            .certificate(path(base, AnchorJson.text(o, "userCert")))
                            .privateKey(path(base, AnchorJson.text(o, "userKey")))
                            .channel(channel)
                            .chaincode(chaincode)
                            .build());
                } catch (IllegalStateException | IllegalArgumentException e) {
                    throw new AnchorException(ErrorCode.CONFIGURATION, "network descriptor " + descriptor
                            + ": organisation '" + entry.getKey() + "' is incomplete: " + e.getMessage(), null, e);
                }
            }
        }
        if (organizations.isEmpty()) {
            throw new AnchorException(ErrorCode.CONFIGURATION,
                    "network descriptor " + descriptor + " names no organisation");
        }
        return new LocalNetwork(descriptor, channel, chaincode, foundersFirst(organizations));
    }

    /** The founders in their fixed order, then the admitted members in the descriptor's order. */
    private static Map<Organization, ConnectionOptions> foundersFirst(Map<Organization, ConnectionOptions> described) {
        Map<Organization, ConnectionOptions> ordered = new LinkedHashMap<>();
        for (Organization founder : Organization.founders()) {
            if (described.containsKey(founder)) {
                ordered.put(founder, described.get(founder));
            }
        }
        described.forEach(ordered::putIfAbsent);
        return ordered;
    }

    /**
     * A founder by its MSP ID (or, without one, by its key as short name); any other MSP ID is a member admitted
     * later, named by its key, holding custody unless {@code holdsCustody} is false.
     */
    private static Optional<Organization> organization(String mspId, String key, JsonNode holdsCustody) {
        if (mspId != null) {
            Optional<Organization> founder = Organization.findByMspId(mspId);
            return founder.isPresent() ? founder
                    : Optional.of(Organization.member(mspId, key, holdsCustody == null || holdsCustody.asBoolean(true)));
        }
        try {
            return Optional.of(Organization.fromShortName(key));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Path path(Path base, String value) {
        return value == null ? null : base.resolve(value);
    }

    /** @return the descriptor file this was read from */
    public Path descriptor() {
        return descriptor;
    }

    /** @return the channel name */
    public String channel() {
        return channel;
    }

    /** @return the chaincode name */
    public String chaincode() {
        return chaincode;
    }

    /** @return the organisations the descriptor describes: the founders, then the members admitted later */
    public Set<Organization> organizations() {
        return organizations.keySet();
    }

    /**
     * The organisation the descriptor describes under this short name (ignoring case), e.g. {@code wholesaler}.
     *
     * @throws IllegalArgumentException naming the organisations it describes when there is none
     */
    public Organization organization(String shortName) {
        return Organization.fromShortName(shortName, List.copyOf(organizations.keySet()));
    }

    /**
     * The options to connect as {@code organization}; change timeouts with {@link ConnectionOptions#toBuilder()}.
     *
     * @throws AnchorException with {@link ErrorCode#CONFIGURATION} when the descriptor does not describe it
     */
    public ConnectionOptions connectionOptions(Organization organization) {
        ConnectionOptions options = organizations.get(organization);
        if (options == null) {
            throw new AnchorException(ErrorCode.CONFIGURATION,
                    "network descriptor " + descriptor + " does not describe organisation " + organization.shortName());
        }
        return options;
    }

    /** Connects as {@code organization}: {@code Anchor.connect(connectionOptions(organization))}. */
    public AnchorClient connect(Organization organization) {
        return Anchor.connect(connectionOptions(organization));
    }
}
