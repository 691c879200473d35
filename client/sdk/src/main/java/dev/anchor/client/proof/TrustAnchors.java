package dev.anchor.client.proof;

import dev.anchor.client.AnchorException;
import dev.anchor.model.vocabulary.ErrorCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Whose CA certificates a {@link ProvenanceProof} is checked against: the auditor's own
 * ({@link #fromDirectory}), or those the bundle's channel configuration carries ({@link #fromBundle}); in the
 * second case compare the fingerprints that {@link ProofVerification#trustAnchors()} lists out of band.
 *
 * <pre>{@code
 * // trust/ManufacturerMSP.pem, trust/DistributorMSP.pem, ..., trust/AuditorMSP.pem: each organisation's CA
 * ProofVerification v = proof.verify(TrustAnchors.fromDirectory(Path.of("trust")));
 * }</pre>
 */
public final class TrustAnchors {
    private final Map<String, List<X509Certificate>> byMsp;

    private TrustAnchors(Map<String, List<X509Certificate>> byMsp) {
        this.byMsp = byMsp;
    }

    /** The CA certificates in the bundle's own channel configuration. */
    public static TrustAnchors fromBundle() {
        return new TrustAnchors(null);
    }

    /**
     * Reads a directory holding one PEM file per organisation, named after its MSP ID ({@code ManufacturerMSP.pem}
     * or {@code .crt}), each with that organisation's CA certificate(s); the ordering organisations included.
     *
     * @throws AnchorException with {@link ErrorCode#CONFIGURATION} when the directory or a file is unreadable
     */
    public static TrustAnchors fromDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new AnchorException(ErrorCode.CONFIGURATION, "trust directory " + directory + " not found");
        }
        Map<String, List<X509Certificate>> byMsp = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(directory)) {
            files = list.filter(p -> p.getFileName().toString().matches(".+\\.(pem|crt)")).sorted().toList();
        } catch (IOException e) {
            throw new AnchorException(ErrorCode.CONFIGURATION, "cannot list " + directory + ": " + e.getMessage());
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            String msp = name.substring(0, name.lastIndexOf('.'));
            try {
                List<X509Certificate> certs = FabricCrypto.certificates(Files.readAllBytes(file));
                if (certs.isEmpty()) {
                    throw new CertificateException("no certificate in it");
                }
                byMsp.computeIfAbsent(msp, k -> new ArrayList<>()).addAll(certs);
            } catch (IOException | CertificateException e) {
                throw new AnchorException(ErrorCode.CONFIGURATION, "cannot read the CA certificates in " + file
                        + ": " + e.getMessage());
            }
        }
        if (byMsp.isEmpty()) {
            throw new AnchorException(ErrorCode.CONFIGURATION, "no <MSP ID>.pem file in the trust directory "
                    + directory);
        }
        byMsp.replaceAll((k, v) -> List.copyOf(v));
        return new TrustAnchors(Collections.unmodifiableMap(byMsp));
    }

    /**
     * @return the CA certificates of each organisation, by MSP ID, as read from the directory; empty for
     * {@link #fromBundle()}, whose anchors are in each bundle
     */
    public Map<String, List<X509Certificate>> certificatesByMsp() {
        return byMsp == null ? Map.of() : byMsp;
    }

    /** @return whether the anchors are the bundle's own */
    public boolean fromBundleItself() {
        return byMsp == null;
    }

    /** The anchors for an MSP: the auditor's, or else (from the bundle) the configuration's root CAs. */
    Optional<List<X509Certificate>> rootsFor(String mspId, ChannelConfig config) {
        if (byMsp == null) {
            return config.msp(mspId).map(ChannelConfig.Msp::roots);
        }
        return Optional.ofNullable(byMsp.get(mspId));
    }
}
