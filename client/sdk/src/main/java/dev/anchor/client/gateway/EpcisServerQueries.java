package dev.anchor.client.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchor.client.Anchor;
import dev.anchor.client.AnchorException;
import dev.anchor.client.ConnectionOptions;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.NetworkUnavailableException;
import dev.anchor.client.epcis.EpcisQuery;
import dev.anchor.client.epcis.EpcisQueryPage;
import dev.anchor.client.wire.AnchorJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * EPCIS queries answered by the organisation's EPCIS server ({@code anchor serve}) from its query store:
 * {@code GET /events} over HTTPS, authenticated with the client's own Fabric certificate (mutual TLS). A page's
 * bookmark is the server's {@code nextPageToken}. While the server cannot be reached, {@link #query} answers
 * empty and the caller asks the ledger.
 */
final class EpcisServerQueries {
    private static final Logger LOG = LoggerFactory.getLogger(EpcisServerQueries.class);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
    private static final Pattern NEXT_LINK = Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"?next\"?");
    private static final Pattern TOKEN = Pattern.compile("[?&]nextPageToken=([^&]*)");

    private final URI server;
    private final HttpClient http;
    private final Duration timeout;

    private EpcisServerQueries(URI server, HttpClient http, Duration timeout) {
        this.server = server;
        this.http = http;
        this.timeout = timeout;
    }

    /**
     * @throws AnchorException with {@link ErrorCode#CONFIGURATION} when a certificate or the key is unreadable
     */
    static EpcisServerQueries connect(ConnectionOptions options) {
        URI server = options.epcisServer().orElseThrow();
        Path serverCertificate = options.epcisServerCertificate().orElseThrow();
        try {
            char[] password = "anchor".toCharArray();
            KeyStore identity = KeyStore.getInstance("PKCS12");
            identity.load(null, null);
            identity.setKeyEntry("me", GatewayConnector.readPrivateKey(options.privateKey()), password,
                    new Certificate[] {GatewayConnector.readCertificate(options.certificate())});
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(identity, password);
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            try (InputStream in = Files.newInputStream(serverCertificate)) {
                int i = 0;
                for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                    trusted.setCertificateEntry("server-" + i++, c);
                }
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
            HttpClient http = HttpClient.newBuilder().sslContext(tls).connectTimeout(CONNECT_TIMEOUT).build();
            return new EpcisServerQueries(server, http, options.evaluateTimeout());
        } catch (IOException | GeneralSecurityException e) {
            throw new AnchorException(ErrorCode.CONFIGURATION, "cannot use the EPCIS server's certificate "
                    + serverCertificate + " or this identity for it: " + e.getMessage(), null, e);
        }
    }

    /**
     * One page from the server's query store.
     *
     * @return the page, or empty when the server cannot be reached (the ledger then answers)
     * @throws AnchorException {@link ErrorCode#INVALID_EPCIS_QUERY} or {@link ErrorCode#INVALID_BOOKMARK} when the
     *                         server refuses the query, {@link ErrorCode#UNEXPECTED} for another answer
     */
    Optional<EpcisQueryPage> query(EpcisQuery query, int pageSize, String bookmark) {
        StringJoiner parameters = new StringJoiner("&");
        for (Map.Entry<String, List<String>> p : query.parameters().entrySet()) {
            for (String value : p.getValue()) {
                parameters.add(encode(p.getKey()) + "=" + encode(value));
            }
        }
        parameters.add("perPage=" + pageSize);
        if (bookmark != null && !bookmark.isBlank()) {
            parameters.add("nextPageToken=" + encode(bookmark));
        }
        URI uri = server.resolve("/events?" + parameters);
        HttpResponse<String> answer;
        try {
            answer = http.send(HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json")
                    .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (ConnectException | HttpConnectTimeoutException e) {
            LOG.warn("the EPCIS server {} cannot be reached ({}); the ledger answers the query", server,
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            return Optional.empty();
        } catch (IOException e) {
            throw new NetworkUnavailableException("the EPCIS server " + server + " failed to answer: "
                    + e.getMessage(), null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NetworkUnavailableException("interrupted while asking the EPCIS server " + server, null, e);
        }
        JsonNode body = AnchorJson.parseObject(answer.body(), "the EPCIS server's answer");
        if (answer.statusCode() != 200) {
            String detail = AnchorJson.text(body, "detail");
            String problem = "the EPCIS server answered " + answer.statusCode() + ": "
                    + (detail == null ? answer.body() : detail);
            if (answer.statusCode() == 400) {
                throw new AnchorException(detail != null && detail.startsWith("nextPageToken")
                        ? ErrorCode.INVALID_BOOKMARK : ErrorCode.INVALID_EPCIS_QUERY, problem);
            }
            throw new AnchorException(ErrorCode.UNEXPECTED, problem);
        }
        return Optional.of(new EpcisQueryPage((ObjectNode) body, nextPageToken(answer)));
    }

    private static Optional<String> nextPageToken(HttpResponse<String> answer) {
        for (String link : answer.headers().allValues("Link")) {
            Matcher next = NEXT_LINK.matcher(link);
            if (next.find()) {
                Matcher token = TOKEN.matcher(next.group(1));
                if (token.find()) {
                    return Optional.of(URLDecoder.decode(token.group(1), StandardCharsets.UTF_8));
                }
            }
        }
        return Optional.empty();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        return "EPCIS server " + server;
    }
}
