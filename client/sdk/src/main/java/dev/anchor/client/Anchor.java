package dev.anchor.client;

import dev.anchor.client.gateway.GatewayConnector;
import dev.anchor.model.vocabulary.ErrorCode;

/**
 * Entry point of the Anchor client: connects an {@link AnchorClient} to a peer's gateway.
 *
 * <p>Each client owns one gRPC channel (TLS, trusting the given CA, expecting the given server name) and one
 * fabric-gateway connection, both closed by {@link AnchorClient#close()}. The channel connects lazily: an
 * unreachable peer shows at the first call, as a {@link NetworkUnavailableException}.
 *
 * <p>A complete program:
 * <pre>{@code
 * import dev.anchor.client.*;
 * import dev.anchor.client.custody.Batch;
 * import java.nio.file.Path;
 *
 * public final class ShowBatch {
 *     public static void main(String[] args) {
 *         Path crypto = Path.of("/path/to/crypto");
 *         ConnectionOptions options = ConnectionOptions.builder()
 *                 .peerEndpoint("127.0.0.1:10051")
 *                 .tlsHostAlias("peer0.auditor.anchor.local")
 *                 .tlsCaCert(crypto.resolve("peer-tls-ca.crt"))
 *                 .mspId("AuditorMSP")
 *                 .certificate(crypto.resolve("user/cert.pem"))
 *                 .privateKey(crypto.resolve("user/key.pem"))
 *                 .build();
 *         try (AnchorClient auditor = Anchor.connect(options)) {
 *             Batch batch = auditor.getBatch(args[0]);
 *             System.out.println(batch.batchId() + " is held by " + batch.custodian());
 *             System.out.println(auditor.getProvenance(args[0]).verify(batch));
 *         } catch (AnchorException e) {
 *             System.err.println("error: " + e.errorCode() + ": " + e.getMessage());
 *             System.exit(1);
 *         }
 *     }
 * }
 * }</pre>
 *
 * For the local development network, {@link dev.anchor.client.gateway.LocalNetwork} builds the options from its descriptor file.
 */
public final class Anchor {
    private Anchor() {
    }

    /**
     * Connects as the identity in {@code options}.
     *
     * @param options where and as whom
     * @return a client; close it when done
     * @throws AnchorException with {@link ErrorCode#CONFIGURATION} when the certificate, key or CA file is
     *                         missing or unreadable
     */
    public static AnchorClient connect(ConnectionOptions options) {
        return GatewayConnector.connect(options);
    }
}
