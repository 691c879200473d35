package dev.anchor.server.access;

import dev.anchor.client.ConnectionOptions;
import dev.anchor.client.Organization;
import dev.anchor.client.gateway.LocalNetwork;
import dev.anchor.client.proof.TrustAnchors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Whose client certificates {@code anchor serve} accepts: the organisations of a trust directory
 * ({@code --trust DIR}, one {@code <MSP ID>.pem} each, as {@code verify-proof --trust}), or else those of the
 * local network, each with the CA certificates of its MSP folder ({@code msp/cacerts} of the organisation whose
 * user the network descriptor names).
 */
public final class LocalMembers {
    private LocalMembers() {
    }

    /**
     * @param trustDirectory {@code --trust DIR}, or null for the local network's organisations
     * @param networkFile    the local network's descriptor ({@code .anchor/network.json})
     */
    public static NetworkMembers of(Path trustDirectory, Path networkFile) {
        if (trustDirectory != null) {
            return NetworkMembers.of(TrustAnchors.fromDirectory(trustDirectory));
        }
        LocalNetwork network = LocalNetwork.load(networkFile);
        Map<String, List<X509Certificate>> byMsp = new TreeMap<>();
        for (Organization organization : network.organizations()) {
            ConnectionOptions options = network.connectionOptions(organization);
            // <org>/users/<user>/msp/signcerts/<cert>.pem -> <org>/msp/cacerts
            Path organizationFolder = options.certificate().toAbsolutePath().getParent().getParent().getParent()
                    .getParent().getParent();
            byMsp.put(options.mspId(), certificates(organizationFolder.resolve("msp").resolve("cacerts")));
        }
        return NetworkMembers.of(byMsp);
    }

    private static List<X509Certificate> certificates(Path folder) {
        List<X509Certificate> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (Path file : files.filter(p -> p.toString().endsWith(".pem")).sorted().toList()) {
                try (var in = Files.newInputStream(file)) {
                    factory.generateCertificates(in).forEach(c -> found.add((X509Certificate) c));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the CA certificates in " + folder + ": " + e.getMessage(), e);
        } catch (CertificateException e) {
            throw new IllegalStateException("cannot read the CA certificates in " + folder + ": " + e.getMessage(), e);
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("no CA certificate in " + folder);
        }
        return found;
    }
}
