package dev.anchor.cli.serve;

import dev.anchor.cli.AnchorCommand;
import dev.anchor.cli.CliException;
import dev.anchor.cli.ExitCodes;
import dev.anchor.client.AnchorClient;
import dev.anchor.client.epcis.EpcisCapturer;
import dev.anchor.server.AnchorServer;
import dev.anchor.server.ServerSettings;
import dev.anchor.server.access.AccessTokens;
import dev.anchor.server.access.CertifiedKey;
import dev.anchor.server.access.LocalMembers;
import dev.anchor.server.store.StoreUnavailableException;
import io.javalin.util.JavalinBindException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * {@code anchor serve}: the GS1 EPCIS 2.0 REST binding over HTTPS for the organisation of {@code --org}, with its
 * query store kept current from the channel's committed blocks, until Ctrl-C or SIGTERM (docs/epcis-rest.md).
 */
@Command(name = "serve", subcommands = ServeTokenCommand.class, description = {
        "Serve the GS1 EPCIS 2.0 REST binding (capture, queries, named queries, GS1 Digital Link) over HTTPS for",
        "this organisation, with a query store kept current from the channel's committed blocks. Callers",
        "authenticate with a client certificate of one of the network's organisations or a bearer token",
        "(`anchor --org ORG serve token`). Stop it with Ctrl-C."})
public final class ServeCommand extends AnchorCommand {
    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "HTTPS port (default: 8080)")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "address to listen on (default: 127.0.0.1)")
    String host;

    @Option(names = "--store", paramLabel = "URL", description = "query store: jdbc:postgresql://… or jdbc:h2:file:…"
            + " (default: an H2 file in .anchor/serve/<MSP ID>/)")
    String store;

    @Option(names = "--trust", paramLabel = "DIR", description = "accept client certificates of the organisations"
            + " in DIR (<MSP ID>.pem each; default: the local network's organisations)")
    Path trust;

    @Option(names = "--tls-cert", paramLabel = "FILE", description = "the server's TLS certificate (PEM; default: a"
            + " self-signed one in .anchor/serve/<MSP ID>/tls/, made on first start)")
    Path tlsCertificate;

    @Option(names = "--tls-key", paramLabel = "FILE", description = "the key of --tls-cert (PEM)")
    Path tlsKey;

    @Option(names = "--events-per-tx", paramLabel = "N", description = "events per capture transaction (default: "
            + EpcisCapturer.DEFAULT_EVENTS_PER_TRANSACTION + ")")
    int eventsPerTransaction = EpcisCapturer.DEFAULT_EVENTS_PER_TRANSACTION;

    @Option(names = "--in-flight", paramLabel = "N", description = "capture transactions in flight (default: "
            + EpcisCapturer.DEFAULT_TRANSACTIONS_IN_FLIGHT + ")")
    int transactionsInFlight = EpcisCapturer.DEFAULT_TRANSACTIONS_IN_FLIGHT;

    @Override
    public Integer call() {
        if ((tlsCertificate == null) != (tlsKey == null)) {
            throw new CliException("USAGE", "--tls-cert and --tls-key go together", ExitCodes.USAGE);
        }
        String mspId = cli().organization().mspId();
        Path folder = servingFolder(this, mspId);
        String storeUrl = store != null ? store : "jdbc:h2:file:" + folder.resolve("epcis").toAbsolutePath();
        ServerSettings settings;
        try {
            CertifiedKey certificate = tlsCertificate != null ? CertifiedKey.read(tlsCertificate, tlsKey)
                    : CertifiedKey.selfSigned(folder.resolve("tls"), cli().clock().instant());
            settings = new ServerSettings(mspId, host, port, storeUrl, certificate,
                    LocalMembers.of(trust, cli().networkFile()), AccessTokens.load(folder.resolve("token.key"),
                    mspId), eventsPerTransaction, transactionsInFlight);
        } catch (UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new CliException("CONFIGURATION", e.getMessage(), ExitCodes.FAILED);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        AnchorClient client = connect();
        AnchorServer server;
        try {
            server = AnchorServer.start(settings, client);
        } catch (StoreUnavailableException e) {
            client.close();
            throw new CliException("CONFIGURATION", e.getMessage(), ExitCodes.UNAVAILABLE);
        } catch (IllegalArgumentException e) {
            client.close();
            throw new CliException("CONFIGURATION", e.getMessage(), ExitCodes.FAILED);
        } catch (JavalinBindException e) {
            client.close();
            throw new CliException("PORT_IN_USE", "port " + port + " on " + host + " is in use by another program;"
                    + " stop it or choose another with --port", ExitCodes.UNAVAILABLE);
        } catch (RuntimeException e) {
            client.close();
            throw e;
        }
        String reachable = host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
        URI url = URI.create("https://" + reachable + ":" + server.port());
        Path certificateFile = tlsCertificate != null ? tlsCertificate : folder.resolve("tls").resolve("server.crt");
        Path running = new RunningServer(url, certificateFile).write(folder);
        Thread stopper = new Thread(() -> {
            try {
                Files.deleteIfExists(running);
            } catch (IOException e) {
                // a file left behind names a port nobody answers on: queries fall back to the ledger
            }
            server.close();
            client.close();
            stopped.countDown();
        }, "anchor-serve-stop");
        Runtime.getRuntime().addShutdownHook(stopper);
        print("serving GS1 EPCIS 2.0 for " + mspId + " at " + url + "/");
        print("  query store: " + storeUrl.replaceAll("password=[^&;]*", "password=***"));
        print("  TLS certificate: " + certificateFile);
        print("  `anchor epcis query` of " + mspId + " now asks this server (" + running + ")");
        print("  a bearer token: ./anchor --org " + cli().organization().shortName() + " serve token");
        print("stop with Ctrl-C");
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return ExitCodes.OK;
    }

    /** {@code .anchor/serve/<MSP ID>/}: the server's store, TLS certificate and token secret. */
    static Path servingFolder(AnchorCommand command, String mspId) {
        return command.cli().home().resolve(".anchor").resolve("serve").resolve(mspId);
    }
}
