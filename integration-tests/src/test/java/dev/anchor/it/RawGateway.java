package dev.anchor.it;

import dev.anchor.client.ConnectionOptions;
import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.Network;
import org.hyperledger.fabric.client.identity.Identities;
import org.hyperledger.fabric.client.identity.Signers;
import org.hyperledger.fabric.client.identity.X509Identity;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;

/**
 * A plain fabric-gateway connection, for what the typed SDK deliberately cannot express: naming an
 * organisation outside the channel, or reading the chaincode events of a block.
 */
final class RawGateway implements AutoCloseable {
    private final ManagedChannel channel;
    private final Gateway gateway;
    private final Network network;
    private final Contract contract;

    RawGateway(ConnectionOptions options) throws Exception {
        NettyChannelBuilder builder = NettyChannelBuilder.forTarget(options.peerEndpoint())
                .sslContext(GrpcSslContexts.forClient().trustManager(options.tlsCaCert().toFile()).build());
        options.tlsHostAlias().ifPresent(builder::overrideAuthority);
        channel = builder.build();
        X509Identity identity;
        try (Reader certificate = Files.newBufferedReader(options.certificate())) {
            identity = new X509Identity(options.mspId(), Identities.readX509Certificate(certificate));
        }
        try (Reader key = Files.newBufferedReader(options.privateKey())) {
            gateway = Gateway.newInstance().identity(identity)
                    .signer(Signers.newPrivateKeySigner(Identities.readPrivateKey(key)))
                    .connection(channel).connect();
        } catch (IOException e) {
            channel.shutdownNow();
            throw e;
        }
        network = gateway.getNetwork(options.channel());
        contract = network.getContract(options.chaincode());
    }

    Gateway gateway() {
        return gateway;
    }

    Network network() {
        return network;
    }

    Contract contract() {
        return contract;
    }

    @Override
    public void close() {
        gateway.close();
        try {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
