package dev.anchor.server.access;

import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import java.security.KeyStore;
import java.security.cert.CRL;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Collection;

/**
 * The server's HTTPS connector: TLS with the {@link CertifiedKey}, asking for (not requiring) a client
 * certificate issued by one of the {@link NetworkMembers}' CAs (the handshake names them, so a client with several
 * certificates picks the right one). Every client certificate is let through the handshake and judged afterwards
 * by {@link Authentication}, so that a foreign certificate gets a 401 that says why, not a broken handshake.
 */
public final class TlsConnector {
    private TlsConnector() {
    }

    /** A connector on {@code host:port} (port 0: any free port, see {@link ServerConnector#getLocalPort()}). */
    public static ServerConnector create(Server server, HttpConfiguration http, CertifiedKey identity,
                                         NetworkMembers members, String host, int port) {
        char[] password = "anchor".toCharArray();
        X509Certificate[] issuers = members.certificateAuthorities().toArray(X509Certificate[]::new);
        SslContextFactory.Server tls = new SslContextFactory.Server() {
            @Override
            protected TrustManager[] getTrustManagers(KeyStore trustStore, Collection<? extends CRL> crls) {
                return new TrustManager[] {new AnyClientCertificate(issuers)};
            }
        };
        tls.setKeyStore(identity.keyStore(password));
        tls.setKeyStorePassword(new String(password));
        tls.setWantClientAuth(true);
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

    /**
     * Lets every client certificate through the handshake ({@link Authentication} judges it) and names the
     * members' CAs as the issuers the server accepts.
     */
    private static final class AnyClientCertificate implements X509TrustManager {
        private final X509Certificate[] issuers;

        AnyClientCertificate(X509Certificate[] issuers) {
            this.issuers = issuers.clone();
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
            // judged after the handshake, with a 401 that says why
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("the EPCIS server does not connect to servers");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return issuers.clone();
        }
    }
}
