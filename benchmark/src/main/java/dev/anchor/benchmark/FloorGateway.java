package dev.anchor.benchmark;

import com.google.protobuf.InvalidProtocolBufferException;
import dev.anchor.client.CommitFailedException;
import dev.anchor.client.ConnectionOptions;
import dev.anchor.client.gateway.P256Signer;
import io.grpc.ChannelCredentials;
import io.grpc.Grpc;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.TlsChannelCredentials;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.Hash;
import org.hyperledger.fabric.client.Status;
import org.hyperledger.fabric.client.identity.Identities;
import org.hyperledger.fabric.client.identity.X509Identity;
import org.hyperledger.fabric.protos.common.BlockchainInfo;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.util.concurrent.TimeUnit;

/**
 * A plain fabric-gateway connection for what the SDK deliberately does not offer: the floor round's
 * {@code BenchmarkFloor}, and the channel's height (the peer's {@code qscc}) for the epcis-http round. It is made
 * exactly like the SDK's own connection (one TLS gRPC channel to the organisation's peer, the same identity, signer
 * and hash), so the floor and the SDK rounds pay the same client costs.
 */
final class FloorGateway implements AutoCloseable {
    private final ManagedChannel channel;
    private final Gateway gateway;
    private final Contract contract;
    private final Contract qscc;
    private final String channelName;

    FloorGateway(ConnectionOptions options) {
        try {
            ChannelCredentials credentials = TlsChannelCredentials.newBuilder()
                    .trustManager(options.tlsCaCert().toFile()).build();
            ManagedChannelBuilder<?> builder = Grpc.newChannelBuilder(options.peerEndpoint(), credentials);
            options.tlsHostAlias().ifPresent(builder::overrideAuthority);
            channel = builder.build();
        } catch (IOException e) {
            throw new BenchmarkException("cannot use the TLS CA certificate " + options.tlsCaCert() + ": " + e.getMessage(), e);
        }
        try (Reader certificate = Files.newBufferedReader(options.certificate());
             Reader key = Files.newBufferedReader(options.privateKey())) {
            gateway = Gateway.newInstance()
                    .identity(new X509Identity(options.mspId(), Identities.readX509Certificate(certificate)))
                    .signer(P256Signer.of(Identities.readPrivateKey(key)))
                    .hash(Hash.SHA256)
                    .connection(channel)
                    .endorseOptions(callOptions -> callOptions.withDeadlineAfter(options.endorseTimeout().toMillis(), TimeUnit.MILLISECONDS))
                    .submitOptions(callOptions -> callOptions.withDeadlineAfter(options.submitTimeout().toMillis(), TimeUnit.MILLISECONDS))
                    .commitStatusOptions(callOptions -> callOptions.withDeadlineAfter(options.commitStatusTimeout().toMillis(), TimeUnit.MILLISECONDS))
                    .connect();
        } catch (IOException | GeneralSecurityException e) {
            channel.shutdownNow();
            throw new BenchmarkException("cannot read the identity of " + options.mspId() + ": " + e.getMessage(), e);
        }
        contract = gateway.getNetwork(options.channel()).getContract(options.chaincode());
        qscc = gateway.getNetwork(options.channel()).getContract("qscc");
        channelName = options.channel();
    }

    /**
     * @return the number of blocks of the channel on the organisation's peer (qscc {@code GetChainInfo})
     * @throws BenchmarkException when the peer does not answer it
     */
    long chainHeight() {
        try {
            return BlockchainInfo.parseFrom(qscc.evaluateTransaction("GetChainInfo", channelName)).getHeight();
        } catch (GatewayException | InvalidProtocolBufferException e) {
            throw new BenchmarkException("cannot read the height of channel " + channelName + ": " + e.getMessage(), e);
        }
    }

    /**
     * Submits one transaction of the Anchor chaincode as the SDK does (endorse, submit, wait for the commit status).
     *
     * @throws CommitFailedException when it committed invalid
     * @throws Exception             what fabric-gateway throws when it is refused or not answered
     */
    void submit(String function, String... arguments) throws Exception {
        Status status = contract.newProposal(function).addArguments(arguments).build().endorse().submitAsync().getStatus();
        if (!status.isSuccessful()) {
            throw new CommitFailedException(status.getCode().name(), status.getTransactionId());
        }
    }

    @Override
    public void close() {
        gateway.close();
        channel.shutdownNow();
        try {
            channel.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
