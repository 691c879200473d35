package dev.anchor.server.access;

import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * The server's HTTPS connector: TLS with the {@link ServerCertificate}, asking for (not requiring) a client
 * certificate. Every client certificate is let through the handshake and judged afterwards by
 * {@link Authentication} against the {@link NetworkMembers}, so that a foreign certificate gets a 401 that says
 * why, not a broken handshake.
 */
public final class TlsConnector {
    private TlsConnector() {
    }

    /** A connector on {@code host:port} (port 0: any free port, see {@link ServerConnector#getLocalPort()}). */
    public static ServerConnector create(Server server, HttpConfiguration http, ServerCertificate identity,
                                         String host, int port) {
        char[] password = "anchor".toCharArray();
        SslContextFactory.Server tls = new SslContextFactory.Server();
        tls.setKeyStore(identity.keyStore(password));
        tls.setKeyStorePassword(new String(password));
        tls.setWantClientAuth(true);
        tls.setTrustAll(true);
        tls.setEndpointIdentificationAlgorithm(null);
        HttpConfiguration https = new HttpConfiguration(http);
        SecureRequestCustomizer secure = new SecureRequestCustomizer();
        secure.setSniHostCheck(false);
        https.addCustomizer(secure);
        ServerConnector connector = new ServerConnector(server,
                new SslConnectionFactory(tls, "http/1.1"), new HttpConnectionFactory(https));
        connector.setHost(host);
        connector.setPort(port);
        return connector;
    }
}
