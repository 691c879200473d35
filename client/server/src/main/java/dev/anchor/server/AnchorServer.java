package dev.anchor.server;

import dev.anchor.client.AnchorClient;
import dev.anchor.server.access.Authentication;
import dev.anchor.server.access.TlsConnector;
import dev.anchor.server.digitallink.BatchTraceResource;
import io.javalin.Javalin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.Objects;

/**
 * {@code anchor serve}: the EPCIS 2.0 REST binding over HTTPS, every request authenticated, for the organisation of
 * its {@link AnchorClient}.
 *
 * <pre>{@code
 * try (AnchorServer server = AnchorServer.start(settings, network.connect(Organization.DISTRIBUTOR))) {
 *     System.out.println("https://127.0.0.1:" + server.port() + "/");
 * }
 * }</pre>
 */
public final class AnchorServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AnchorServer.class);

    private final Javalin app;

    private AnchorServer(Javalin app) {
        this.app = app;
    }

    /** Starts the server; it listens once this returns. */
    public static AnchorServer start(ServerSettings settings, AnchorClient ledger) {
        Objects.requireNonNull(ledger, "ledger");
        Authentication authentication = new Authentication(settings.members(), settings.tokens(), Clock.systemUTC());
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.addConnector((server, http) -> TlsConnector.create(server, http, settings.certificate(),
                    settings.members(), settings.host(), settings.port()));
            config.routes.before(authentication);
            config.routes.get(BatchTraceResource.PATH, new BatchTraceResource(ledger));
        });
        app.start();
        LOG.info("serving {} on port {}", settings.mspId(), app.port());
        return new AnchorServer(app);
    }

    /** @return the HTTPS port it listens on */
    public int port() {
        return app.port();
    }

    /** Stops listening and lets requests in progress finish. Idempotent. */
    @Override
    public void close() {
        app.stop();
    }
}
