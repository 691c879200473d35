package dev.anchor.server.access;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * A certificate and its private key: the server's own TLS identity, or a client's. The server's is the PEM files
 * given ({@code --tls-cert}/{@code --tls-key}), or else
 * a self-signed certificate for {@code localhost} and {@code 127.0.0.1} that {@code anchor serve} makes on first
 * start (P-256, valid for one year) and keeps in {@code .anchor/serve/<MSP>/tls/}. Callers trust it with
 * {@code curl --cacert .anchor/serve/<MSP>/tls/server.crt}.
 *
 * @param certificate the server's certificate
 * @param key         its private key
 */
public record CertifiedKey(X509Certificate certificate, PrivateKey key) {
    private static final Duration SELF_SIGNED_VALIDITY = Duration.ofDays(365);

    /** Reads a certificate and its key from PEM files (the key as PKCS#8 or SEC1 EC). */
    public static CertifiedKey read(Path certificateFile, Path keyFile) {
        try (Reader cert = Files.newBufferedReader(certificateFile, StandardCharsets.UTF_8);
             Reader key = Files.newBufferedReader(keyFile, StandardCharsets.UTF_8);
             PEMParser certs = new PEMParser(cert);
             PEMParser keys = new PEMParser(key)) {
            Object c = certs.readObject();
            if (!(c instanceof X509CertificateHolder holder)) {
                throw new IllegalArgumentException(certificateFile + " holds no PEM certificate");
            }
            Object k = keys.readObject();
            JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
            PrivateKey privateKey;
            if (k instanceof PrivateKeyInfo info) {
                privateKey = converter.getPrivateKey(info);
            } else if (k instanceof PEMKeyPair pair) {
                privateKey = converter.getPrivateKey(pair.getPrivateKeyInfo());
            } else {
                throw new IllegalArgumentException(keyFile + " holds no PEM private key");
            }
            return new CertifiedKey(new JcaX509CertificateConverter().getCertificate(holder), privateKey);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the server's TLS certificate or key: " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot read the server's TLS certificate " + certificateFile + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * The self-signed certificate in {@code folder} ({@code server.crt}, {@code server.key}), made when it is
     * missing or expires within a day.
     */
    public static CertifiedKey selfSigned(Path folder, Instant now) {
        Path cert = folder.resolve("server.crt");
        Path key = folder.resolve("server.key");
        if (Files.isRegularFile(cert) && Files.isRegularFile(key)) {
            CertifiedKey existing = read(cert, key);
            if (existing.certificate().getNotAfter().toInstant().isAfter(now.plus(Duration.ofDays(1)))) {
                return existing;
            }
        }
        CertifiedKey made = make(now);
        try {
            Files.createDirectories(folder);
            Files.writeString(key, pem(new JcaPKCS8Generator(made.key(), null)), StandardCharsets.UTF_8);
            Files.writeString(cert, pem(made.certificate()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the server's TLS certificate to " + folder + ": "
                    + e.getMessage(), e);
        }
        return made;
    }

    private static CertifiedKey make(Instant now) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
            KeyPair pair = generator.generateKeyPair();
            X500Name name = new X500Name("CN=localhost,O=Anchor EPCIS server");
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name,
                    new BigInteger(64, new SecureRandom()), Date.from(now.minus(Duration.ofMinutes(5))),
                    Date.from(now.plus(SELF_SIGNED_VALIDITY)), name, pair.getPublic());
            builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                new GeneralName(GeneralName.dNSName, "localhost"),
                new GeneralName(GeneralName.iPAddress, "127.0.0.1")}));
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
            X509CertificateHolder holder = builder.build(new JcaContentSignerBuilder("SHA256withECDSA")
                    .build(pair.getPrivate()));
            return new CertifiedKey(new JcaX509CertificateConverter().getCertificate(holder), pair.getPrivate());
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("cannot make the server's TLS certificate: " + e.getMessage(), e);
        }
    }

    /** The key and certificate as a key store (PKCS#12, in memory), for a TLS connector or client. */
    public KeyStore keyStore(char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("server", key, password, new Certificate[] {certificate});
            return store;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot hold the server's TLS key: " + e.getMessage(), e);
        }
    }

    private static String pem(Object object) throws IOException {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter w = new JcaPEMWriter(text)) {
            w.writeObject(object);
        }
        return text.toString();
    }
}
