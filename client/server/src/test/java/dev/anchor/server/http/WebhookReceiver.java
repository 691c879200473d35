package dev.anchor.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import dev.anchor.client.epcis.EpcisSchema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A subscriber's webhook for the tests: the JDK's HTTP server on 127.0.0.1, which keeps every POST it gets and
 * answers 200, or the statuses it is told to answer next. Each body is checked against the EPCIS JSON Schema.
 */
public final class WebhookReceiver implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One POST as received. */
    public record Delivery(Headers headers, byte[] body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public List<String> eventIds() {
            List<String> ids = new ArrayList<>();
            json().at("/epcisBody/queryResults/resultsBody/eventList").forEach(e -> ids.add(e.path("eventID").asText()));
            return ids;
        }

        public String header(String name) {
            return headers.getFirst(name);
        }
    }

    private final HttpServer server;
    private final BlockingQueue<Delivery> received = new LinkedBlockingQueue<>();
    private final Deque<Integer> answers = new ConcurrentLinkedDeque<>();

    public WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hook", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            received.add(new Delivery(exchange.getRequestHeaders(), body));
            Integer status = answers.poll();
            exchange.sendResponseHeaders(status == null ? 200 : status, -1);
            exchange.close();
        });
        server.start();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
    }

    /** The next POSTs are answered with these statuses, then 200 again. */
    public void answerNext(int... statuses) {
        for (int status : statuses) {
            answers.add(status);
        }
    }

    /** @return the next POST, waiting for it up to {@code timeout} */
    public Delivery next(Duration timeout) throws InterruptedException {
        Delivery delivery = received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (delivery == null) {
            throw new AssertionError("no delivery within " + timeout);
        }
        assertThat(delivery.header("Content-Type")).isEqualTo("application/json");
        assertThat(EpcisSchema.validate(new String(delivery.body(), StandardCharsets.UTF_8)))
                .as("the EPCIS JSON Schema's problems with the delivery").isEmpty();
        return delivery;
    }

    /** @return the POSTs up to the one that brings the {@code count}th event */
    public List<Delivery> untilEvents(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<Delivery> deliveries = new ArrayList<>();
        int events = 0;
        while (events < count) {
            Delivery delivery = next(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            deliveries.add(delivery);
            events += delivery.eventIds().size();
        }
        return deliveries;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
