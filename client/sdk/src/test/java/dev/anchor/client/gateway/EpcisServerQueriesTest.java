package dev.anchor.client.gateway;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import dev.anchor.client.AnchorException;
import dev.anchor.client.ConnectionOptions;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.epcis.EpcisQuery;
import dev.anchor.client.epcis.EpcisQueryPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The SDK asking an EPCIS server's query store over mutual TLS, against a real HTTPS server on loopback. */
class EpcisServerQueriesTest {
    private static final String DOCUMENT = "{\"type\":\"EPCISQueryDocument\",\"epcisBody\":{\"queryResults\":{"
            + "\"resultsBody\":{\"eventList\":[{\"type\":\"ObjectEvent\",\"eventID\":\"e1\"}]}}}}";

    @TempDir
    Path dir;

    private HttpsServer server;
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private final List<String> callers = new CopyOnWriteArrayList<>();
    private ConnectionOptions options;

    @BeforeEach
    void start() throws Exception {
        TestIdentity serverIdentity = TestIdentity.create(dir, "epcis-server", "127.0.0.1");
        TestIdentity client = TestIdentity.create(dir, "User1@distributor");
        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        SSLContext tls = serverTls(serverIdentity, GatewayConnector.readCertificate(client.cert));
        server.setHttpsConfigurator(new HttpsConfigurator(tls) {
            @Override
            public void configure(HttpsParameters params) {
                SSLParameters parameters = tls.getDefaultSSLParameters();
                parameters.setNeedClientAuth(true);
                params.setSSLParameters(parameters);
            }
        });
        server.createContext("/events", exchange -> answer((HttpsExchange) exchange));
        server.start();
        options = ConnectionOptions.builder().peerEndpoint("127.0.0.1:8051").tlsCaCert(dir.resolve("unused.pem"))
                .mspId("DistributorMSP").certificate(client.cert).privateKey(client.key)
                .epcisServer(URI.create("https://127.0.0.1:" + server.getAddress().getPort()), serverIdentity.cert)
                .build();
    }

    /** Answers a page with a next-page link, or the problem a bad parameter or token gets. */
    private void answer(HttpsExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        asked.add(query);
        callers.add(((X509Certificate) exchange.getSSLSession().getPeerCertificates()[0])
                .getSubjectX500Principal().getName());
        int status = 200;
        String body = DOCUMENT;
        if (query.contains("EQ_bizStep=bad")) {
            status = 400;
            body = "{\"type\":\"epcisException:QueryParameterException\",\"status\":400,"
                    + "\"detail\":\"EQ_bizStep: bad is no business step\"}";
        } else if (query.contains("nextPageToken=stale")) {
            status = 400;
            body = "{\"type\":\"epcisException:QueryParameterException\",\"status\":400,"
                    + "\"detail\":\"nextPageToken: not given out for this query\"}";
        } else {
            exchange.getResponseHeaders().add("Link", "<https://127.0.0.1/events?perPage=50&nextPageToken="
                    + "at%3A2%20x>; rel=\"next\"");
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    /** The server's TLS: its certificate, and any client certificate, asking for one issued by {@code clientCa}. */
    private static SSLContext serverTls(TestIdentity identity, X509Certificate clientCa) throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(null, null);
        keys.setKeyEntry("server", GatewayConnector.readPrivateKey(identity.key), "pw".toCharArray(),
                new Certificate[] {GatewayConnector.readCertificate(identity.cert)});
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, "pw".toCharArray());
        TrustManager anyClient = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[] {clientCa};
            }
        };
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(kmf.getKeyManagers(), new TrustManager[] {anyClient}, null);
        return tls;
    }

    @Test
    void aPageComesFromTheServerAsThisIdentityWithItsNextPageToken() {
        EpcisQueryPage page = EpcisServerQueries.connect(options)
                .query(EpcisQuery.all().with("EQ_bizStep", "shipping", "receiving"), 50, "at:1 y").orElseThrow();

        assertThat(page.events()).extracting(e -> e.path("eventID").asText()).containsExactly("e1");
        assertThat(page.bookmark()).contains("at:2 x");
        assertThat(asked).containsExactly("EQ_bizStep=shipping&EQ_bizStep=receiving&perPage=50"
                + "&nextPageToken=at%3A1%20y");
        assertThat(callers).containsExactly("CN=User1@distributor");
    }

    @Test
    void aRefusedQueryOrTokenIsTheLedgersErrorCode() {
        EpcisServerQueries queries = EpcisServerQueries.connect(options);

        AnchorException query = catchThrowableOfType(AnchorException.class,
                () -> queries.query(EpcisQuery.all().with("EQ_bizStep", "bad"), 10, null));
        AnchorException token = catchThrowableOfType(AnchorException.class,
                () -> queries.query(EpcisQuery.all(), 10, "stale"));

        assertThat(query.errorCode()).isEqualTo(ErrorCode.INVALID_EPCIS_QUERY);
        assertThat(query.getMessage()).contains("answered 400: EQ_bizStep: bad is no business step");
        assertThat(token.errorCode()).isEqualTo(ErrorCode.INVALID_BOOKMARK);
    }

    @Test
    void aServerThatIsNotRunningLeavesTheQueryToTheLedger() {
        EpcisServerQueries queries = EpcisServerQueries.connect(options);
        server.stop(0);

        Optional<EpcisQueryPage> page = queries.query(EpcisQuery.all(), 10, null);

        assertThat(page).isEmpty();
    }
}
