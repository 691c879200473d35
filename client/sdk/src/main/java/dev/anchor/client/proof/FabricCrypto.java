package dev.anchor.client.proof;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.hyperledger.fabric.protos.common.BlockData;
import org.hyperledger.fabric.protos.common.BlockHeader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The cryptography of a Fabric ledger, as Fabric computes it: block header bytes and hashes, block data
 * hashes, ECDSA signatures with the low-S rule, certificates and their issuers. Offline, no state.
 */
final class FabricCrypto {
    private FabricCrypto() {
    }

    static byte[] sha256(byte[]... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (byte[] p : parts) {
                md.update(p);
            }
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    /**
     * Fabric's {@code protoutil.BlockHeaderBytes}: the ASN.1 DER sequence (number, previous_hash, data_hash).
     * What the orderer signs, and whose SHA-256 the next block's previous_hash holds.
     */
    static byte[] headerBytes(BlockHeader header) {
        ASN1Encodable[] fields = {
                new ASN1Integer(new BigInteger(Long.toUnsignedString(header.getNumber()))),
                new DEROctetString(header.getPreviousHash().toByteArray()),
                new DEROctetString(header.getDataHash().toByteArray())};
        try {
            return new DERSequence(fields).getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The hash of a block: SHA-256 of {@link #headerBytes}. */
    static byte[] headerHash(BlockHeader header) {
        return sha256(headerBytes(header));
    }

    /** Fabric's {@code protoutil.BlockDataHash}: SHA-256 of the block's envelopes, concatenated. */
    static byte[] dataHash(BlockData data) {
        byte[][] parts = new byte[data.getDataCount()][];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = data.getData(i).toByteArray();
        }
        return sha256(parts);
    }

    /**
     * Verifies an ECDSA (SHA-256) signature as Fabric does: the DER signature's S must be at most half the
     * curve order (low-S), then the usual verification.
     *
     * @return null when valid, else what is wrong
     */
    static String checkSignature(PublicKey key, byte[] message, byte[] derSignature) {
        if (!(key instanceof ECPublicKey ec)) {
            return "the key is not an ECDSA key";
        }
        BigInteger s;
        try {
            ASN1Sequence seq = ASN1Sequence.getInstance(derSignature);
            if (seq.size() != 2) {
                return "the signature is not a DER (r, s) pair";
            }
            ASN1Integer.getInstance(seq.getObjectAt(0));
            s = ASN1Integer.getInstance(seq.getObjectAt(1)).getValue();
        } catch (RuntimeException e) {
            return "the signature is not a DER (r, s) pair";
        }
        BigInteger halfOrder = ec.getParams().getOrder().shiftRight(1);
        if (s.signum() <= 0 || s.compareTo(halfOrder) > 0) {
            return "the signature's S is not low (Fabric accepts only S <= n/2)";
        }
        try {
            Signature verifier = Signature.getInstance("SHA256withECDSA");
            verifier.initVerify(key);
            verifier.update(message);
            return verifier.verify(derSignature) ? null : "the signature does not verify";
        } catch (GeneralSecurityException | RuntimeException e) {
            return "the signature does not verify (" + e.getMessage() + ")";
        }
    }

    /** Parses one PEM (or DER) certificate. */
    static X509Certificate certificate(byte[] encoded) throws CertificateException {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(encoded));
    }

    /** Parses every certificate of a PEM file. */
    static List<X509Certificate> certificates(byte[] pem) throws CertificateException {
        List<X509Certificate> out = new ArrayList<>();
        for (var c : CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(pem))) {
            out.add((X509Certificate) c);
        }
        return out;
    }

    /** {@code AB:CD:…}: the SHA-256 of the certificate's DER encoding. */
    static String fingerprint(X509Certificate certificate) {
        try {
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(sha256(certificate.getEncoded()));
        } catch (CertificateException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The organisational units of the certificate's subject, e.g. {@code [peer]}. */
    static List<String> organizationalUnits(X509Certificate certificate) {
        List<String> units = new ArrayList<>();
        X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        for (RDN rdn : subject.getRDNs(BCStyle.OU)) {
            units.add(IETFUtils.valueToString(rdn.getFirst().getValue()).toLowerCase(Locale.ROOT));
        }
        return units;
    }

    /**
     * Finds the chain from {@code certificate} up to one of {@code roots}, through {@code intermediates}: each
     * link's issuer name matches and its signature verifies with the issuer's key.
     *
     * @return null when it chains, else what is wrong
     */
    static String checkChain(X509Certificate certificate, List<X509Certificate> roots,
                             List<X509Certificate> intermediates) {
        X509Certificate current = certificate;
        for (int depth = 0; depth <= intermediates.size(); depth++) {
            for (X509Certificate root : roots) {
                if (issuedBy(current, root)) {
                    return null;
                }
            }
            X509Certificate next = null;
            for (X509Certificate intermediate : intermediates) {
                if (!intermediate.equals(current) && issuedBy(current, intermediate)) {
                    next = intermediate;
                    break;
                }
            }
            if (next == null) {
                break;
            }
            current = next;
        }
        return "it is not issued by that organisation's CA (issuer: " + certificate.getIssuerX500Principal().getName()
                + ")";
    }

    private static boolean issuedBy(X509Certificate certificate, X509Certificate issuer) {
        if (!certificate.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
            return false;
        }
        try {
            certificate.verify(issuer.getPublicKey());
            return true;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }
}
