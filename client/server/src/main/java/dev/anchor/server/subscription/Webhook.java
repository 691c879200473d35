package dev.anchor.server.subscription;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A subscription's webhook ({@code dest}): each document is POSTed as {@code application/json} with
 * {@code GS1-EPCIS-Version: 2.0.0} and, when the subscription has a {@code signatureToken}, its
 * {@link WebhookSignature}. Any 2xx answer is a delivery; anything else (another status, no connection, no answer in
 * {@link #TIMEOUT}) is a failure that the subscription tries again.
 */
public final class Webhook implements DeliveryTarget {
    /** How long one delivery may take. */
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final URI dest;
    private final Optional<String> signatureToken;

    public Webhook(HttpClient http, URI dest, Optional<String> signatureToken) {
        this.http = Objects.requireNonNull(http, "http");
        this.dest = Objects.requireNonNull(dest, "dest");
        this.signatureToken = Objects.requireNonNull(signatureToken, "signatureToken");
    }

    @Override
    public void deliver(ObjectNode document) throws DeliveryFailedException {
        byte[] body;
        try {
            body = JSON.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a query document does not serialise", e);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(dest)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("GS1-EPCIS-Version", "2.0.0")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        signatureToken.ifPresent(token -> request.header(WebhookSignature.HEADER, WebhookSignature.of(token, body)));
        HttpResponse<Void> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new DeliveryFailedException(dest + " could not be reached: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailedException("the delivery to " + dest + " was interrupted", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new DeliveryFailedException(dest + " answered " + response.statusCode(), null);
        }
    }

    @Override
    public boolean retries() {
        return true;
    }

    @Override
    public String toString() {
        return dest.toString();
    }
}
