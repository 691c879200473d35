package dev.anchor.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.anchor.client.epcis.EpcisSchema;
import dev.anchor.server.access.CertifiedKey;
import dev.anchor.server.http.HttpExchange;
import dev.anchor.server.http.OpenApiContract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyStore;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.function.IntSupplier;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedKeyManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A caller of {@code anchor serve} over HTTPS on the loopback address: it trusts the server's certificate and
 * presents its own client certificate (mutual TLS), or none. Every exchange is checked against GS1's openapi.yaml
 * ({@link OpenApiContract}, the server module's), and every EPCISQueryDocument answered against the official EPCIS
 * JSON Schema.
 */
final class EpcisServerCaller {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final OpenApiContract CONTRACT = new OpenApiContract();
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final HttpClient http;
    private final IntSupplier port;

    /**
     * @param server the server's TLS certificate, the only one trusted
     * @param client the certificate and key to present, or null for none
     * @param port   the server's port now (a restarted server listens on another)
     */
    EpcisServerCaller(X509Certificate server, CertifiedKey client, IntSupplier port) {
        this.http = HttpClient.newBuilder().sslContext(tls(server, client)).connectTimeout(Duration.ofSeconds(10))
                .build();
        this.port = port;
    }

    /** GET, the request kept to the contract. */
    HttpExchange get(String pathAndQuery, String... headers) {
        return send("GET", pathAndQuery, null, true, headers);
    }

    /** POST of a JSON body, the request kept to the contract. */
    HttpExchange post(String path, String json, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Content-Type";
        all[1] = "application/json";
        System.arraycopy(headers, 0, all, 2, headers.length);
        return send("POST", path, json, true, all);
    }

    /**
     * Sends a request and checks the exchange against openapi.yaml.
     *
     * @param pathAndQuery the path as sent on the wire (percent-encoded), with its query string
     * @param checkRequest false for a request that breaks the contract on purpose (only the answer is checked)
     * @param headers      name, value, name, value, ...
     */
    HttpExchange send(String method, String pathAndQuery, String body, boolean checkRequest, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + port.getAsInt()
                + pathAndQuery)).timeout(PATIENCE).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + pathAndQuery + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + method + " " + pathAndQuery, e);
        }
        CONTRACT.check(method, pathAndQuery, body, response, checkRequest, headers);
        HttpExchange exchange = new HttpExchange(response.statusCode(), response.headers(), response.body());
        if (exchange.status() == 200 && exchange.body().startsWith("{")
                && exchange.json().path("type").asText().equals("EPCISQueryDocument")) {
            assertThat(EpcisSchema.validate(exchange.body())).as("the EPCIS JSON Schema's problems with "
                    + method + " " + pathAndQuery).isEmpty();
        }
        return exchange;
    }

    private static SSLContext tls(X509Certificate server, CertifiedKey client) {
        try {
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            trusted.setCertificateEntry("anchor-serve", server);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(client == null ? null : new KeyManager[] {new AlwaysPresented(client)},
                    trust.getTrustManagers(), null);
            return context;
        } catch (Exception e) {
            throw new IllegalStateException("cannot set up TLS to the server: " + e.getMessage(), e);
        }
    }

    /**
     * Presents its one certificate whatever issuers the server names (the JDK's key managers present none whose
     * issuer the server did not name, so a foreign certificate would never reach the server's judgement).
     */
    private static final class AlwaysPresented extends X509ExtendedKeyManager {
        private static final String ALIAS = "client";
        private final CertifiedKey identity;

        AlwaysPresented(CertifiedKey identity) {
            this.identity = identity;
        }

        @Override
        public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
            return ALIAS;
        }

        @Override
        public String chooseEngineClientAlias(String[] keyType, Principal[] issuers, SSLEngine engine) {
            return ALIAS;
        }

        @Override
        public String[] getClientAliases(String keyType, Principal[] issuers) {
            return new String[] {ALIAS};
        }

        @Override
        public X509Certificate[] getCertificateChain(String alias) {
            return new X509Certificate[] {identity.certificate()};
        }

        @Override
        public PrivateKey getPrivateKey(String alias) {
            return identity.key();
        }

        @Override
        public String[] getServerAliases(String keyType, Principal[] issuers) {
            return new String[0];
        }

        @Override
        public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
            return null;
        }
    }
}
