package dev.anchor.client;

import dev.anchor.client.epcis.EpcisReader;
import dev.anchor.client.request.RetryPolicy;
import dev.anchor.client.request.SubmitListener;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and as whom {@link Anchor#connect} connects: one peer's gateway over TLS, one organisation's identity.
 *
 * <pre>{@code
 * ConnectionOptions options = ConnectionOptions.builder()
 *         .peerEndpoint("127.0.0.1:7051")
 *         .tlsHostAlias("peer0.manufacturer.anchor.local")
 *         .tlsCaCert(Path.of("tls/ca.crt"))
 *         .mspId("ManufacturerMSP")
 *         .certificate(Path.of("msp/signcerts/cert.pem"))
 *         .privateKey(Path.of("msp/keystore/key.pem"))
 *         .build();
 * }</pre>
 *
 * Channel and chaincode default to {@code supplychain} and {@code anchor}; timeouts to 30 s (evaluate: as long
 * as the peer's own chaincode execute timeout, so that a large trace the peer still answers is not cut off),
 * 30 s (endorse), 10 s (submit) and 60 s (commit status); writes are retried under {@link RetryPolicy#DEFAULT}
 * (5 attempts, pauses from 200 ms up to 5 s), heard by no {@link SubmitListener}.
 */
public final class ConnectionOptions {
    /** Default channel name. */
    public static final String DEFAULT_CHANNEL = "supplychain";
    /** Default chaincode name. */
    public static final String DEFAULT_CHAINCODE = "anchor";

    private final String peerEndpoint;
    private final String tlsHostAlias;
    private final Path tlsCaCert;
    private final Organization organization;
    private final Path certificate;
    private final Path privateKey;
    private final String channel;
    private final String chaincode;
    private final Duration evaluateTimeout;
    private final Duration endorseTimeout;
    private final Duration submitTimeout;
    private final Duration commitStatusTimeout;
    private final RetryPolicy retryPolicy;
    private final SubmitListener submitListener;
    private final URI epcisServer;
    private final Path epcisServerCertificate;

    private ConnectionOptions(Builder b) {
        this.peerEndpoint = require(b.peerEndpoint, "peerEndpoint");
        this.tlsHostAlias = b.tlsHostAlias;
        this.tlsCaCert = require(b.tlsCaCert, "tlsCaCert");
        this.organization = b.organization != null ? b.organization : Organization.fromMspId(require(b.mspId, "mspId"));
        this.certificate = require(b.certificate, "certificate");
        this.privateKey = require(b.privateKey, "privateKey");
        this.channel = require(b.channel, "channel");
        this.chaincode = require(b.chaincode, "chaincode");
        this.evaluateTimeout = positive(b.evaluateTimeout, "evaluateTimeout");
        this.endorseTimeout = positive(b.endorseTimeout, "endorseTimeout");
        this.submitTimeout = positive(b.submitTimeout, "submitTimeout");
        this.commitStatusTimeout = positive(b.commitStatusTimeout, "commitStatusTimeout");
        this.retryPolicy = require(b.retryPolicy, "retryPolicy");
        this.submitListener = require(b.submitListener, "submitListener");
        this.epcisServer = b.epcisServer;
        this.epcisServerCertificate = b.epcisServerCertificate;
        if (epcisServer != null && !"https".equals(epcisServer.getScheme())) {
            throw new IllegalArgumentException("ConnectionOptions: the EPCIS server is https://host:port, not "
                    + epcisServer);
        }
    }

    /** @return a builder with the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these options, to change some */
    public Builder toBuilder() {
        return new Builder().peerEndpoint(peerEndpoint).tlsHostAlias(tlsHostAlias).tlsCaCert(tlsCaCert)
                .organization(organization).certificate(certificate).privateKey(privateKey).channel(channel)
                .chaincode(chaincode).evaluateTimeout(evaluateTimeout).endorseTimeout(endorseTimeout)
                .submitTimeout(submitTimeout).commitStatusTimeout(commitStatusTimeout).retryPolicy(retryPolicy)
                .submitListener(submitListener).epcisServer(epcisServer, epcisServerCertificate);
    }

    /** @return the peer's gateway endpoint, {@code host:port} */
    public String peerEndpoint() {
        return peerEndpoint;
    }

    /** @return the TLS server name to expect instead of the endpoint's host, if set */
    public Optional<String> tlsHostAlias() {
        return Optional.ofNullable(tlsHostAlias);
    }

    /** @return PEM file of the CA that signed the peer's TLS certificate */
    public Path tlsCaCert() {
        return tlsCaCert;
    }

    /** @return the organisation of the identity (from the MSP ID) */
    public Organization organization() {
        return organization;
    }

    /** @return the MSP ID of the identity */
    public String mspId() {
        return organization.mspId();
    }

    /** @return PEM file of the identity's X.509 certificate */
    public Path certificate() {
        return certificate;
    }

    /** @return PEM file of the identity's PKCS#8 private key */
    public Path privateKey() {
        return privateKey;
    }

    /** @return the channel name */
    public String channel() {
        return channel;
    }

    /** @return the chaincode name */
    public String chaincode() {
        return chaincode;
    }

    /** @return deadline of a read */
    public Duration evaluateTimeout() {
        return evaluateTimeout;
    }

    /** @return deadline of endorsing a write */
    public Duration endorseTimeout() {
        return endorseTimeout;
    }

    /** @return deadline of submitting an endorsed write to the orderer */
    public Duration submitTimeout() {
        return submitTimeout;
    }

    /** @return how long to wait for a write's commit */
    public Duration commitStatusTimeout() {
        return commitStatusTimeout;
    }

    /** @return how writes are retried */
    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    /** @return what hears retries and duplicates */
    public SubmitListener submitListener() {
        return submitListener;
    }

    /**
     * @return the organisation's EPCIS server ({@code anchor serve}) whose query store answers
     * {@link EpcisReader#queryEpcis} instead of the ledger, when one is set
     */
    public Optional<URI> epcisServer() {
        return Optional.ofNullable(epcisServer);
    }

    /** @return the PEM file of the EPCIS server's TLS certificate (or of its CA), when a server is set */
    public Optional<Path> epcisServerCertificate() {
        return Optional.ofNullable(epcisServerCertificate);
    }

    @Override
    public String toString() {
        return "ConnectionOptions[" + organization.mspId() + " @ " + peerEndpoint
                + (tlsHostAlias == null ? "" : " (" + tlsHostAlias + ")") + ", " + channel + "/" + chaincode + "]";
    }

    private static <T> T require(T value, String name) {
        if (value == null) {
            throw new IllegalStateException("ConnectionOptions: " + name + " is required");
        }
        return value;
    }

    private static Duration positive(Duration value, String name) {
        require(value, name);
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException("ConnectionOptions: " + name + " must be positive");
        }
        return value;
    }

    /** Builds {@link ConnectionOptions}; every setter returns the builder. */
    public static final class Builder {
        private String peerEndpoint;
        private String tlsHostAlias;
        private Path tlsCaCert;
        private String mspId;
        private Organization organization;
        private Path certificate;
        private Path privateKey;
        private String channel = DEFAULT_CHANNEL;
        private String chaincode = DEFAULT_CHAINCODE;
        private Duration evaluateTimeout = Duration.ofSeconds(30);
        private Duration endorseTimeout = Duration.ofSeconds(30);
        private Duration submitTimeout = Duration.ofSeconds(10);
        private Duration commitStatusTimeout = Duration.ofMinutes(1);
        private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
        private SubmitListener submitListener = SubmitListener.NONE;
        private URI epcisServer;
        private Path epcisServerCertificate;

        private Builder() {
        }

        /** Required: the peer's gateway endpoint, {@code host:port}. */
        public Builder peerEndpoint(String peerEndpoint) {
            this.peerEndpoint = peerEndpoint;
            return this;
        }

        /** Optional: the TLS server name of the peer when it differs from the endpoint's host. */
        public Builder tlsHostAlias(String tlsHostAlias) {
            this.tlsHostAlias = tlsHostAlias == null || tlsHostAlias.isBlank() ? null : tlsHostAlias;
            return this;
        }

        /** Required: PEM file of the CA that signed the peer's TLS certificate. */
        public Builder tlsCaCert(Path tlsCaCert) {
            this.tlsCaCert = tlsCaCert;
            return this;
        }

        /**
         * Required (or {@link #organization}): the identity's MSP ID, one of the four founding {@link Organization}s; an
         * organisation admitted later is given with {@link #organization}.
         */
        public Builder mspId(String mspId) {
            this.mspId = mspId;
            this.organization = null;
            return this;
        }

        /** The identity's organisation, a founder or a member admitted later ({@link Organization#member}). */
        public Builder organization(Organization organization) {
            this.mspId = organization.mspId();
            this.organization = organization;
            return this;
        }

        /** Required: PEM file of the identity's X.509 certificate. */
        public Builder certificate(Path certificate) {
            this.certificate = certificate;
            return this;
        }

        /** Required: PEM file of the identity's PKCS#8 private key. */
        public Builder privateKey(Path privateKey) {
            this.privateKey = privateKey;
            return this;
        }

        /** The channel, default {@value ConnectionOptions#DEFAULT_CHANNEL}. */
        public Builder channel(String channel) {
            this.channel = channel;
            return this;
        }

        /** The chaincode, default {@value ConnectionOptions#DEFAULT_CHAINCODE}. */
        public Builder chaincode(String chaincode) {
            this.chaincode = chaincode;
            return this;
        }

        /** Deadline of a read, default 10 s. */
        public Builder evaluateTimeout(Duration timeout) {
            this.evaluateTimeout = timeout;
            return this;
        }

        /** Deadline of endorsing a write, default 30 s. */
        public Builder endorseTimeout(Duration timeout) {
            this.endorseTimeout = timeout;
            return this;
        }

        /** Deadline of submitting a write to the orderer, default 10 s. */
        public Builder submitTimeout(Duration timeout) {
            this.submitTimeout = timeout;
            return this;
        }

        /** How long to wait for a write's commit, default 60 s. */
        public Builder commitStatusTimeout(Duration timeout) {
            this.commitStatusTimeout = timeout;
            return this;
        }

        /** How writes are retried, default {@link RetryPolicy#DEFAULT}; {@link RetryPolicy#none()} for no retries. */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = retryPolicy;
            return this;
        }

        /** What hears retries and duplicates, default {@link SubmitListener#NONE}. */
        public Builder submitListener(SubmitListener submitListener) {
            this.submitListener = submitListener;
            return this;
        }

        /**
         * The organisation's EPCIS server ({@code anchor serve}, docs/epcis-rest.md): EPCIS queries then go to its
         * query store over HTTPS, as this identity (mutual TLS), and to the ledger only while it cannot be reached.
         * Default: none, the ledger answers.
         *
         * @param server      {@code https://host:port}, or null for none
         * @param certificate the PEM file of its TLS certificate (or its CA) to trust
         */
        public Builder epcisServer(URI server, Path certificate) {
            this.epcisServer = server;
            this.epcisServerCertificate = server == null ? null : Objects.requireNonNull(certificate,
                    "the EPCIS server's certificate");
            return this;
        }

        /**
         * @throws IllegalStateException    when a required option is missing
         * @throws IllegalArgumentException when the MSP ID is not one of the four organisations, or a timeout is
         *                                  not positive
         */
        public ConnectionOptions build() {
            return new ConnectionOptions(this);
        }
    }
}
