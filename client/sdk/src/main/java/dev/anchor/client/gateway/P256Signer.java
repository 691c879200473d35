package dev.anchor.client.gateway;

import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.hyperledger.fabric.client.identity.Signer;
import org.hyperledger.fabric.client.identity.Signers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.PrivateKey;
import java.security.interfaces.ECPrivateKey;
import java.util.Objects;

/**
 * Signs digests with a NIST P-256 private key, as Fabric expects: ECDSA, low-S, DER-encoded. It gives the same
 * kind of signature as fabric-gateway's {@code Signers.newPrivateKeySigner}, several times faster: that signer
 * starts a new JCA {@code Signature} for every digest, and BouncyCastle then rebuilds the curve's generator-point
 * table each time, which cost the benchmark's client most of its CPU. This signer keeps one set of domain
 * parameters, whose generator caches its table after the first signature, and draws {@code k} deterministically
 * (RFC 6979), so it is thread-safe without a shared random source.
 *
 * <pre>{@code
 * Signer signer = P256Signer.of(privateKey);   // then Gateway.newInstance().signer(signer)...
 * }</pre>
 */
public final class P256Signer implements Signer {
    private static final X9ECParameters P256 = CustomNamedCurves.getByName("secp256r1");
    private static final ECDomainParameters DOMAIN = new ECDomainParameters(P256.getCurve(), P256.getG(), P256.getN(),
            P256.getH());
    private static final BigInteger HALF_ORDER = P256.getN().shiftRight(1);

    private final ECPrivateKeyParameters key;

    private P256Signer(BigInteger secret) {
        this.key = new ECPrivateKeyParameters(secret, DOMAIN);
    }

    /**
     * A signer for the key: this fast one for a P-256 key, fabric-gateway's own for any other key.
     *
     * @param privateKey the identity's private key
     * @return a thread-safe signer
     */
    public static Signer of(PrivateKey privateKey) {
        Objects.requireNonNull(privateKey, "privateKey");
        if (privateKey instanceof ECPrivateKey ec && isP256(ec)) {
            return new P256Signer(ec.getS());
        }
        return Signers.newPrivateKeySigner(privateKey);
    }

    private static boolean isP256(ECPrivateKey key) {
        var params = key.getParams();
        return params != null && params.getOrder().equals(P256.getN())
                && params.getGenerator().getAffineX().equals(P256.getG().getAffineXCoord().toBigInteger());
    }

    /** Signs a SHA-256 digest; the signature's S is in the lower half of the order, as Fabric requires. */
    @Override
    public byte[] sign(byte[] digest) {
        ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
        signer.init(true, key);
        BigInteger[] rs = signer.generateSignature(digest);
        BigInteger s = rs[1].compareTo(HALF_ORDER) > 0 ? P256.getN().subtract(rs[1]) : rs[1];
        ASN1EncodableVector sequence = new ASN1EncodableVector(2);
        sequence.add(new ASN1Integer(rs[0]));
        sequence.add(new ASN1Integer(s));
        try {
            return new DERSequence(sequence).getEncoded();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot DER-encode an ECDSA signature", e);
        }
    }
}
