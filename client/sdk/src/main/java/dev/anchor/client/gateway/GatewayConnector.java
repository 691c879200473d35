package dev.anchor.client.gateway;

import dev.anchor.client.AnchorClient;
import dev.anchor.client.AnchorException;
import dev.anchor.client.ConnectionOptions;
import dev.anchor.model.vocabulary.ErrorCode;
import io.grpc.CallOptions;
import io.grpc.ChannelCredentials;
import io.grpc.Grpc;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.TlsChannelCredentials;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.Hash;
import org.hyperledger.fabric.client.Network;
import org.hyperledger.fabric.client.identity.Identities;
import org.hyperledger.fabric.client.identity.Identity;
import org.hyperledger.fabric.client.identity.Signer;
import org.hyperledger.fabric.client.identity.X509Identity;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * Connects an {@link AnchorClient} to a peer's gateway: one gRPC channel (TLS) and one fabric-gateway connection.
 * Applications call {@link dev.anchor.client.Anchor#connect}, which comes here.
 */
public final class GatewayConnector {
    private static final Duration CHANNEL_SHUTDOWN = Duration.ofSeconds(5);
    /** The largest answer the client accepts from a peer. */
    static final int MAX_ANSWER_BYTES = 64 * 1024 * 1024;
    /** The largest status trailers (a refusal's sentences) the client accepts from a peer. */
    static final int MAX_REFUSAL_BYTES = 4 * 1024 * 1024;

    private GatewayConnector() {
    }

    /**
     * Connects as the identity in {@code options}; see {@link dev.anchor.client.Anchor#connect}.
     *
     * @param options where and as whom
     * @return a client; close it when done
     * @throws AnchorException with {@link ErrorCode#CONFIGURATION} when the certificate, key or CA file is
     *                         missing or unreadable
     */
    public static AnchorClient connect(ConnectionOptions options) {
        Identity identity = new X509Identity(options.mspId(), readCertificate(options.certificate()));
        Signer signer = P256Signer.of(readPrivateKey(options.privateKey()));
        ManagedChannel channel = newChannel(options);
        try {
            Gateway gateway = Gateway.newInstance()
                    .identity(identity)
                    .signer(signer)
                    .hash(Hash.SHA256)
                    .connection(channel)
                    .evaluateOptions(deadline(options.evaluateTimeout()))
                    .endorseOptions(deadline(options.endorseTimeout()))
                    .submitOptions(deadline(options.submitTimeout()))
                    .commitStatusOptions(deadline(options.commitStatusTimeout()))
                    .connect();
            Network network = gateway.getNetwork(options.channel());
            Contract contract = network.getContract(options.chaincode());
            GatewayAnchorClient client = new GatewayAnchorClient(contract, network,
                    new GatewayRequestTransactions(gateway, network, options.chaincode()), options.organization(),
                    options.peerEndpoint(), () -> {
                        try {
                            gateway.close();
                        } finally {
                            shutdown(channel);
                        }
                    }, options.retryPolicy(), options.submitListener(), duration -> Thread.sleep(duration.toMillis()));
            return options.epcisServer().isPresent()
                    ? client.answeringEpcisQueriesFrom(EpcisServerQueries.connect(options)) : client;
        } catch (RuntimeException e) {
            shutdown(channel);
            throw e;
        }
    }

    private static ManagedChannel newChannel(ConnectionOptions options) {
        ChannelCredentials credentials;
        try {
            credentials = TlsChannelCredentials.newBuilder()
                    .trustManager(existing(options.tlsCaCert(), "TLS CA certificate").toFile())
                    .build();
        } catch (IOException | RuntimeException e) {
            throw new AnchorException(ErrorCode.CONFIGURATION,
                    "cannot use the TLS CA certificate " + options.tlsCaCert() + ": " + message(e), null, e);
        }
        // Traces and recall reports of wide graphs exceed gRPC's default 4 MiB (docs/data-model.md, "Limits").
        ManagedChannelBuilder<?> builder = Grpc.newChannelBuilder(options.peerEndpoint(), credentials)
                .maxInboundMessageSize(MAX_ANSWER_BYTES)
                // A refusal's sentence travels in the status trailers, which gRPC caps at 8 KiB by default; a
                // BATCHES_REFUSED of RecordProductions names every refused batch, each peer's copy in the details.
                .maxInboundMetadataSize(MAX_REFUSAL_BYTES);
        options.tlsHostAlias().ifPresent(builder::overrideAuthority);
        return builder.build();
    }

    private static void shutdown(ManagedChannel channel) {
        channel.shutdownNow();
        try {
            channel.awaitTermination(CHANNEL_SHUTDOWN.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static UnaryOperator<CallOptions> deadline(Duration d) {
        return callOptions -> callOptions.withDeadlineAfter(d.toMillis(), TimeUnit.MILLISECONDS);
    }

    static X509Certificate readCertificate(Path path) {
        try (Reader reader = Files.newBufferedReader(existing(path, "certificate"))) {
            return Identities.readX509Certificate(reader);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new AnchorException(ErrorCode.CONFIGURATION,
                    "cannot read the certificate " + path + ": " + message(e), null, e);
        }
    }

    static PrivateKey readPrivateKey(Path path) {
        try (Reader reader = Files.newBufferedReader(existing(path, "private key"))) {
            return Identities.readPrivateKey(reader);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new AnchorException(ErrorCode.CONFIGURATION,
                    "cannot read the private key " + path + ": " + message(e), null, e);
        }
    }

    private static Path existing(Path path, String what) throws NoSuchFileException {
        if (!Files.isRegularFile(path)) {
            throw new NoSuchFileException(path.toString(), null, what + " file not found");
        }
        return path;
    }

    private static String message(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "file not found";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
