package dev.anchor.server;

import dev.anchor.client.AnchorClient;
import dev.anchor.server.access.Authentication;
import dev.anchor.server.access.TlsConnector;
import dev.anchor.server.digitallink.BatchTraceResource;
import dev.anchor.server.http.CaptureLimits;
import dev.anchor.server.http.EpcisApp;
import dev.anchor.server.projection.Projection;
import dev.anchor.server.store.EventStore;
import dev.anchor.server.store.EventStores;
import dev.anchor.server.verification.LedgerCheck;
import dev.anchor.server.web.WebPage;
import io.javalin.Javalin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.Objects;

/**
 * {@code anchor serve}: the EPCIS 2.0 REST binding over HTTPS, every request authenticated, for the organisation of
 * its {@link AnchorClient}: captures go to the ledger as that organisation; queries are answered from the query
 * store, which the {@link Projection} keeps current from the channel's committed blocks, and query subscriptions
 * (webhooks and WebSockets) are told of each block it applies.
 *
 * <pre>{@code
 * try (AnchorServer server = AnchorServer.start(settings, network.connect(Organization.DISTRIBUTOR))) {
 *     System.out.println("https://127.0.0.1:" + server.port() + "/");
 * }
 * }</pre>
 */
public final class AnchorServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AnchorServer.class);

    private final EventStore store;
    private final Projection projection;
    private final Javalin app;

    private AnchorServer(EventStore store, Projection projection, Javalin app) {
        this.store = store;
        this.projection = projection;
        this.app = app;
    }

    /**
     * Opens the query store, starts following the committed blocks into it, and starts listening; it listens once
     * this returns.
     *
     * @throws IllegalArgumentException for a store URL it cannot open
     */
    public static AnchorServer start(ServerSettings settings, AnchorClient ledger) {
        Objects.requireNonNull(ledger, "ledger");
        Authentication authentication = new Authentication(settings.members(), settings.tokens(), Clock.systemUTC());
        EventStore store = EventStores.open(settings.storeUrl());
        Projection projection = null;
        try {
            projection = Projection.start(ledger, store);
            EpcisApp epcis = new EpcisApp(store, ledger, settings.mspId(), CaptureLimits.DEFAULT,
                    settings.captureBatching(), Clock.systemUTC()).verifyingWith(new LedgerCheck(ledger));
            WebPage web = new WebPage(ledger, settings.tokens(), settings.mspId(), Clock.systemUTC());
            Javalin app = epcis.create(config -> {
                config.startup.showJavalinBanner = false;
                config.jetty.addConnector((server, http) -> TlsConnector.create(server, http,
                        settings.certificate(), settings.members(), settings.host(), settings.port()));
                // the web page at / (for a browser) and its files are public; its JSON also takes the session cookie
                config.routes.before(web.access(authentication));
                // a WebSocket upgrade (query subscriptions) runs these instead of the before handlers
                config.routes.wsBeforeUpgrade(authentication);
                config.routes.get(BatchTraceResource.PATH, new BatchTraceResource(ledger));
                web.register(config);
            });
            // subscriptions catch up from their stored positions when the server starts, then follow new blocks
            projection.onApplied(epcis.subscriptions());
            app.start();
            LOG.info("serving {} on port {}", settings.mspId(), app.port());
            return new AnchorServer(store, projection, app);
        } catch (RuntimeException e) {
            if (projection != null) {
                projection.close();
            }
            store.close();
            throw e;
        }
    }

    /** @return the projection that keeps the query store current (its position, lag and last problem) */
    public Projection projection() {
        return projection;
    }

    /** @return the HTTPS port it listens on */
    public int port() {
        return app.port();
    }

    /** Stops listening (requests in progress finish), stops the projection, closes the store. Idempotent. */
    @Override
    public void close() {
        app.stop();
        projection.close();
        store.close();
    }
}
