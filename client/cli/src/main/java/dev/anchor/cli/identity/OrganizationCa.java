package dev.anchor.cli.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;

/**
 * One organisation's Fabric CA, as the local network descriptor ({@code .anchor/network.json}, member {@code ca} of
 * each organisation) names it: its URL, its TLS root, the MSP folder of the organisation's admin (who registers and
 * revokes users) and the folder of the enrolment secrets.
 *
 * <pre>{@code
 * OrganizationCa ca = OrganizationCa.of(Path.of(".anchor/network.json"), "manufacturer");
 * ca.url();   // https://127.0.0.1:7054
 * }</pre>
 *
 * @param url       the CA's address, {@code https://host:port}
 * @param name      the CA's name ({@code ca-manufacturer})
 * @param tlsCaCert PEM file of the CA's certificate, which roots its TLS certificate
 * @param adminMsp  the MSP folder of the organisation's admin
 * @param secrets   the folder holding each registered identity's enrolment secret (one file per enrolment ID)
 */
public record OrganizationCa(String url, String name, Path tlsCaCert, Path adminMsp, Path secrets) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param networkFile  the network descriptor
     * @param organization the organisation's short name ({@code manufacturer})
     * @throws IdentityException {@code CONFIGURATION} when the descriptor is unreadable or names no CA for it
     */
    public static OrganizationCa of(Path networkFile, String organization) {
        JsonNode root;
        try {
            root = JSON.readTree(networkFile.toFile());
        } catch (IOException e) {
            throw new IdentityException("CONFIGURATION", "cannot read the network descriptor " + networkFile + ": "
                    + e.getMessage() + "; start the network with `network-config/network.sh up`");
        }
        JsonNode ca = root.path("organizations").path(organization).path("ca");
        if (!ca.isObject() || !ca.path("url").isTextual() || !ca.path("tlsCaCert").isTextual()
                || !ca.path("adminMsp").isTextual()) {
            throw new IdentityException("CONFIGURATION", "the network descriptor " + networkFile
                    + " names no Fabric CA for " + organization + "; a network made before the CAs needs"
                    + " `network-config/network.sh reset` and `up`");
        }
        Path tlsCaCert = Path.of(ca.path("tlsCaCert").asText());
        // <state>/ca/<org>/server/ca-cert.pem -> <state>/ca/<org>/secrets
        Path secrets = tlsCaCert.toAbsolutePath().getParent().resolveSibling("secrets");
        return new OrganizationCa(ca.path("url").asText(), ca.path("name").asText(""), tlsCaCert,
                Path.of(ca.path("adminMsp").asText()), secrets);
    }

    /** @return the folder fabric-ca-client uses as its home (its configuration file), beside the secrets */
    public Path clientHome() {
        return secrets.resolveSibling("client");
    }
}
