package dev.anchor.server.access;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;

/**
 * The bearer tokens that {@code anchor serve} issues to its organisation's users: JSON Web Tokens (HS256, nimbus
 * JOSE) signed with the server's own secret, which never leaves the organisation's {@code .anchor/serve/<MSP>/}
 * folder. A token names its user ({@code sub}), its organisation ({@code anchor:msp}) and when it expires; only
 * a token of the server's own organisation, signed with its secret and not expired, is accepted.
 *
 * <pre>{@code
 * AccessTokens tokens = AccessTokens.load(Path.of(".anchor/serve/DistributorMSP/token.key"), "DistributorMSP");
 * String token = tokens.issue("User1", Duration.ofHours(8), Instant.now());
 * Optional<Caller> caller = tokens.verify(token, Instant.now());   // DistributorMSP, User1
 * }</pre>
 */
public final class AccessTokens {
    /** The claim that holds the token's organisation. */
    static final String MSP_CLAIM = "anchor:msp";
    private static final int SECRET_BYTES = 32;

    private final byte[] secret;
    private final String mspId;

    private AccessTokens(byte[] secret, String mspId) {
        this.secret = secret.clone();
        this.mspId = Objects.requireNonNull(mspId, "mspId");
    }

    /**
     * The tokens of {@code mspId}'s server, with the secret in {@code secretFile}: made (32 random bytes, readable
     * by its owner only) when the file does not exist.
     */
    public static AccessTokens load(Path secretFile, String mspId) {
        try {
            if (!Files.exists(secretFile)) {
                Files.createDirectories(secretFile.toAbsolutePath().getParent());
                byte[] secret = new byte[SECRET_BYTES];
                new SecureRandom().nextBytes(secret);
                Files.write(secretFile, secret, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                try {
                    Files.setPosixFilePermissions(secretFile, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system: the folder's own permissions protect it
                }
            }
            byte[] secret = Files.readAllBytes(secretFile);
            if (secret.length < SECRET_BYTES) {
                throw new IllegalStateException("the token secret " + secretFile + " holds " + secret.length
                        + " bytes, fewer than " + SECRET_BYTES + "; remove it to make a new one (tokens issued"
                        + " with it stop working)");
            }
            return new AccessTokens(secret, mspId);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or make the token secret " + secretFile + ": "
                    + e.getMessage(), e);
        }
    }

    /** @return the organisation whose users these tokens are for */
    public String mspId() {
        return mspId;
    }

    /** A token for {@code user} of this organisation, valid from {@code now} for {@code lifetime}. */
    public String issue(String user, Duration lifetime, Instant now) {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("a token needs a user name");
        }
        if (lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("a token's lifetime must be positive, not " + lifetime);
        }
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(user)
                .claim(MSP_CLAIM, mspId)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(new MACSigner(secret));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a token: " + e.getMessage(), e);
        }
        return jwt.serialize();
    }

    /**
     * @return the caller a token names, or empty when it is malformed, not signed with this server's secret, of
     * another organisation, or expired at {@code now}
     */
    public Optional<Caller> verify(String token, Instant now) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(new MACVerifier(secret))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date expires = claims.getExpirationTime();
            Object msp = claims.getClaim(MSP_CLAIM);
            if (expires == null || !now.isBefore(expires.toInstant()) || !mspId.equals(msp)
                    || claims.getSubject() == null) {
                return Optional.empty();
            }
            return Optional.of(new Caller(mspId, claims.getSubject()));
        } catch (ParseException | JOSEException e) {
            return Optional.empty();
        }
    }
}
