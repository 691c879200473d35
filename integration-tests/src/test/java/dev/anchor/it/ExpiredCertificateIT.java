package dev.anchor.it;

import dev.anchor.client.Anchor;
import dev.anchor.client.AnchorClient;
import dev.anchor.client.AnchorException;
import dev.anchor.client.ConnectionOptions;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.TransactionRefusedException;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.util.io.pem.PemObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.Reader;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.stream.Stream;

import static dev.anchor.client.Organization.AUDITOR;
import static dev.anchor.client.Organization.MANUFACTURER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A certificate of the manufacturer's own CA that has expired is refused: the transaction is not written. (The
 * same CA key issuing a certificate valid now is accepted, so the refusal is the expiry's.) The certificates are
 * signed here with the CA's key from .anchor/ca/, as the CA would sign them, with the role attribute the CA writes.
 */
class ExpiredCertificateIT {
    @RegisterExtension
    static final TestNetwork network = TestNetwork.open();

    @Test
    void anExpiredCertificateOfTheOrganisationsCaIsRefused(@TempDir Path dir) throws Exception {
        // Fabric checks a certificate's chain as of its own notBefore, which must so fall within the CA's validity.
        Instant caStart = caCertificate().getNotBefore().toInstant().plusSeconds(1);
        Instant now = Instant.now();
        ConnectionOptions valid = issue(dir.resolve("valid"), "valid-now", caStart, now.plus(Duration.ofHours(1)));
        ConnectionOptions expired = issue(dir.resolve("expired"), "expired", caStart, now.minusSeconds(1));

        String accepted = TestNetwork.uniqueBatchId("valid-certificate");
        try (AnchorClient client = Anchor.connect(valid)) {
            client.recordProduction(ProductionLoad.production(accepted));
        }
        network.settle();
        assertThat(network.as(AUDITOR).getBatch(accepted).batchId()).isEqualTo(accepted);

        String refusedBatch = TestNetwork.uniqueBatchId("expired-certificate");
        try (AnchorClient client = Anchor.connect(expired)) {
            AnchorException refused = catchThrowableOfType(AnchorException.class,
                    () -> client.recordProduction(ProductionLoad.production(refusedBatch)));
            assertThat(refused).as("an expired certificate must be refused").isNotNull();
            assertThat(refused.getMessage()).doesNotContain("\tat ");
        }
        network.settle();
        TransactionRefusedException missing = catchThrowableOfType(TransactionRefusedException.class,
                () -> network.as(AUDITOR).getBatch(refusedBatch));
        assertThat(missing).as("batch %s must not exist", refusedBatch).isNotNull();
        assertThat(missing.errorCode()).isEqualTo(ErrorCode.BATCH_NOT_FOUND);
    }

    /** A client certificate of the manufacturer's CA, valid from {@code notBefore} to {@code notAfter}. */
    private static ConnectionOptions issue(Path dir, String name, Instant notBefore, Instant notAfter)
            throws Exception {
        Path server = caFolder();
        X509Certificate ca = caCertificate();
        PrivateKey caKey = caKey(server.resolve("msp/keystore"), ca);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair subject = generator.generateKeyPair();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                new JcaX509CertificateHolder(ca).getSubject(), BigInteger.valueOf(System.nanoTime()),
                Date.from(notBefore), Date.from(notAfter),
                new X500Name("CN=" + name + "@manufacturer.anchor.local,OU=client"), subject.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        builder.addExtension(Extension.authorityKeyIdentifier, false,
                new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(ca));
        // the role, as Fabric CA writes its attributes: the extension's value is the JSON itself
        builder.addExtension(new ASN1ObjectIdentifier("1.2.3.4.5.6.7.8.1"), false,
                "{\"attrs\":{\"anchor.role\":\"operator\"}}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        X509CertificateHolder signed = builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(caKey));
        Files.createDirectories(dir);
        Path certificate = dir.resolve("cert.pem");
        Path key = dir.resolve("key.pem");
        write(certificate, new PemObject("CERTIFICATE", signed.getEncoded()));
        write(key, new PemObject("PRIVATE KEY", subject.getPrivate().getEncoded()));
        return network.descriptor().connectionOptions(MANUFACTURER).toBuilder()
                .certificate(certificate).privateKey(key).build();
    }

    /** The CA's signing key: of the keys in its keystore (the CA's, its TLS certificate's), the one its certificate names. */
    private static PrivateKey caKey(Path keystore, X509Certificate ca) throws Exception {
        byte[] probe = "anchor".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (Stream<Path> keys = Files.list(keystore)) {
            for (Path keyFile : keys.filter(p -> p.getFileName().toString().endsWith("_sk")).sorted().toList()) {
                PrivateKey key;
                try (Reader reader = Files.newBufferedReader(keyFile); PEMParser pem = new PEMParser(reader)) {
                    key = new JcaPEMKeyConverter().getPrivateKey((PrivateKeyInfo) pem.readObject());
                }
                Signature signer = Signature.getInstance("SHA256withECDSA");
                signer.initSign(key);
                signer.update(probe);
                byte[] signature = signer.sign();
                Signature verifier = Signature.getInstance("SHA256withECDSA");
                verifier.initVerify(ca.getPublicKey());
                verifier.update(probe);
                if (verifier.verify(signature)) {
                    return key;
                }
            }
        }
        throw new IllegalStateException("no key in " + keystore + " matches the CA's certificate");
    }

    private static Path caFolder() {
        return TestNetwork.anchorHome().resolve(".anchor/ca/manufacturer/server");
    }

    private static X509Certificate caCertificate() throws Exception {
        try (var in = Files.newInputStream(caFolder().resolve("ca-cert.pem"))) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    private static void write(Path file, PemObject pem) throws Exception {
        try (Writer out = Files.newBufferedWriter(file); JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(pem);
        }
    }
}
