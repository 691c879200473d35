package dev.anchor.server.access;

import io.javalin.Javalin;
import io.javalin.http.Context;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The real HTTPS connector and authentication in a started server, called by a real HTTP client. */
class AuthenticationTest {
    private static final Instant NOW = Instant.now();

    @TempDir
    Path dir;

    private TestAuthority distributorCa;
    private AccessTokens tokens;
    private CertifiedKey serverCertificate;
    private Javalin app;

    @BeforeEach
    void start() throws Exception {
        distributorCa = new TestAuthority("distributor", NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(1)));
        NetworkMembers members = NetworkMembers.of(Map.of("DistributorMSP", List.of(distributorCa.certificate)));
        tokens = AccessTokens.load(dir.resolve("token.key"), "DistributorMSP");
        serverCertificate = CertifiedKey.selfSigned(dir.resolve("tls"), NOW);
        Authentication authentication = new Authentication(members, tokens, Clock.systemUTC());
        app = Javalin.create(config -> {
            config.jetty.addConnector((server, http) -> TlsConnector.create(server, http, serverCertificate,
                    members, "127.0.0.1", 0));
            config.routes.before(authentication);
            config.routes.wsBeforeUpgrade(authentication);
            config.routes.get("/whoami", AuthenticationTest::whoami);
            config.routes.ws("/whoami", ws -> ws.onConnect(ctx -> {
                Caller caller = ctx.attribute(Caller.ATTRIBUTE);
                ctx.send(caller.mspId() + " " + caller.subject());
            }));
        }).start();
    }

    private static void whoami(Context ctx) {
        Caller caller = ctx.attribute(Caller.ATTRIBUTE);
        ctx.result(caller.mspId() + " " + caller.subject());
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    @Test
    void aClientCertificateOfAMemberIsItsCaller() throws Exception {
        TestAuthority.Issued user = distributorCa.issue("User1@distributor", NOW.minus(Duration.ofHours(1)),
                NOW.plus(Duration.ofHours(1)));

        HttpResponse<String> answer = get(client(user), null);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("DistributorMSP OU=client,CN=User1@distributor");
    }

    @Test
    void aForeignClientCertificateIs401AndNamesTheMembers() throws Exception {
        TestAuthority foreign = new TestAuthority("distributor", NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(1)));
        TestAuthority.Issued stranger = foreign.issue("mallory", NOW.minus(Duration.ofHours(1)),
                NOW.plus(Duration.ofHours(1)));

        HttpResponse<String> answer = get(client(stranger), null);

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.body()).contains("is not one of the network's organisations' (DistributorMSP)")
                .doesNotContain("DistributorMSP OU=");
    }

    @Test
    void aBearerTokenOfThisServerIsItsUser() throws Exception {
        String token = tokens.issue("alice", Duration.ofHours(1), Instant.now());

        HttpResponse<String> answer = get(client(null), "Bearer " + token);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("DistributorMSP alice");
    }

    @Test
    void noCredentialsOrABadTokenIs401WithAChallenge() throws Exception {
        HttpResponse<String> none = get(client(null), null);
        HttpResponse<String> bad = get(client(null), "Bearer " + "x.y.z");

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"anchor\"");
        assertThat(none.body()).contains("anchor --org ORG serve token");
        assertThat(bad.statusCode()).isEqualTo(401);
        assertThat(bad.body()).contains("the bearer token is not valid here");
    }

    @Test
    void aWebSocketUpgradeIsAuthenticatedToo() throws Exception {
        String token = tokens.issue("alice", Duration.ofHours(1), Instant.now());
        CompletableFuture<String> greeting = new CompletableFuture<>();
        WebSocket socket = client(null).newWebSocketBuilder().header("Authorization", "Bearer " + token)
                .buildAsync(URI.create("wss://localhost:" + app.port() + "/whoami"), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        greeting.complete(data.toString());
                        return null;
                    }
                }).join();
        assertThat(greeting.get(20, TimeUnit.SECONDS)).isEqualTo("DistributorMSP alice");
        socket.abort();

        Throwable refused = catchThrowable(() -> client(null).newWebSocketBuilder()
                .buildAsync(URI.create("wss://localhost:" + app.port() + "/whoami"), new WebSocket.Listener() {
                }).join());
        assertThat(refused).isInstanceOf(CompletionException.class);
        assertThat(((WebSocketHandshakeException) refused.getCause()).getResponse().statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> get(HttpClient client, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("https://localhost:" + app.port() + "/whoami"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpClient client(TestAuthority.Issued identity) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("server", serverCertificate.certificate());
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        KeyManagerFactory kmf = null;
        if (identity != null) {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(null, null);
            keys.setKeyEntry("me", identity.keys().getPrivate(), "pw".toCharArray(),
                    new Certificate[] {identity.certificate()});
            kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(keys, "pw".toCharArray());
        }
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(kmf == null ? null : kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(tls).build();
    }
}
