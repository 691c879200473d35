package dev.anchor.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.anchor.server.query.QuerySubscription;
import dev.anchor.server.subscription.WebhookSignature;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Webhook subscriptions over the routes, delivered to a real local webhook as events reach the store. */
class SubscriptionRoutesTest {
    /** Long enough never to be reached by a passing test (a retry waits a second); a failing one ends. */
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final String SHIPPED = """
            {"name": "shipped", "query": {"EQ_bizStep": ["shipping"]}}""";
    private static final String TOKEN = "13df38d8275b13f05704629e5f1cf3d45d6132d5";

    private EpcisTestServer server;
    private WebhookReceiver webhook;

    @BeforeEach
    void start() throws Exception {
        server = new EpcisTestServer();
        webhook = new WebhookReceiver();
        server.store.add(EventRoutesTest.event(0, "shipping"));   // block 7
        server.store.add(EventRoutesTest.event(1, "receiving"));  // block 8
        assertThat(server.send("POST", "/queries", SHIPPED, "Content-Type", "application/json").status())
                .isEqualTo(201);
    }

    @AfterEach
    void stop() {
        server.close();
        webhook.close();
    }

    /** New events reach the store (blocks 9 on) and the projection says so. */
    private void apply(int... events) throws Exception {
        for (int i : events) {
            server.store.add(EventRoutesTest.event(i, i % 2 == 0 ? "shipping" : "receiving"));
        }
        server.epcis.subscriptions().blocksApplied();
    }

    private HttpExchange subscribe(String body, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Content-Type";
        all[1] = "application/json";
        System.arraycopy(headers, 0, all, 2, headers.length);
        return server.send("POST", "/queries/shipped/subscriptions", body, all);
    }

    private QuerySubscription stored() {
        assertThat(server.store.subscriptions()).hasSize(1);
        return server.store.subscriptions().get(0);
    }

    @Test
    void aStreamSubscriptionDeliversEachNewMatchingEventSignedAndRemembersItsPosition() throws Exception {
        HttpExchange created = subscribe("""
                {"dest": "%s", "signatureToken": "%s", "stream": true}""".formatted(webhook.url(), TOKEN));

        assertThat(created.status()).isEqualTo(201);
        String id = created.json().path("subscriptionID").asText();
        assertThat(created.header("Location")).isEqualTo("/queries/shipped/subscriptions/" + id);
        assertThat(created.json().path("stream").asBoolean()).isTrue();
        assertThat(created.body()).doesNotContain(TOKEN);

        apply(2, 3, 4);
        List<WebhookReceiver.Delivery> deliveries = webhook.untilEvents(2, PATIENCE);

        // only the new events that match, in ledger order: not event 0 (stored before), nor the receiving ones
        assertThat(deliveries.stream().flatMap(d -> d.eventIds().stream()).toList())
                .containsExactly(EventRoutesTest.id(2), EventRoutesTest.id(4));
        for (WebhookReceiver.Delivery delivery : deliveries) {
            assertThat(delivery.header("GS1-Signature")).isEqualTo(WebhookSignature.of(TOKEN, delivery.body()));
            assertThat(delivery.header("GS1-EPCIS-Version")).isEqualTo("2.0.0");
            assertThat(delivery.json().at("/epcisBody/queryResults/queryName").asText()).isEqualTo("shipped");
            assertThat(delivery.json().at("/epcisBody/queryResults/subscriptionID").isMissingNode()).isTrue();
        }
        Await.until("the position saved past block 11", () -> stored().nextBlock() == 12, PATIENCE);
        assertThat(stored().lastNotifiedAt()).isPresent();
        JsonNode shown = server.get("/queries/shipped/subscriptions/" + id).json();
        assertThat(shown.path("lastNotifiedAt").asText()).isNotEmpty();
        assertThat(shown.path("dest").asText()).isEqualTo(webhook.url().toString());
        assertThat(shown.has("signatureToken")).isFalse();
    }

    @Test
    void aFailedDeliveryIsTriedAgainBeforeTheNextOne() throws Exception {
        subscribe("{\"dest\": \"%s\", \"stream\": true}".formatted(webhook.url()));
        webhook.answerNext(503);

        apply(2);
        WebhookReceiver.Delivery refused = webhook.next(PATIENCE);
        WebhookReceiver.Delivery again = webhook.next(PATIENCE);
        apply(4);
        WebhookReceiver.Delivery then = webhook.next(PATIENCE);

        assertThat(refused.eventIds()).containsExactly(EventRoutesTest.id(2));
        assertThat(again.eventIds()).containsExactly(EventRoutesTest.id(2));
        assertThat(then.eventIds()).containsExactly(EventRoutesTest.id(4));
        assertThat(refused.header("GS1-Signature")).as("no token, no signature").isNull();
    }

    @Test
    void anInitialRecordTimeDeliversTheMatchingEventsAlreadyStored() throws Exception {
        subscribe("""
                {"dest": "%s", "stream": true, "initialRecordTime": "2026-12-03T09:00:00Z"}"""
                .formatted(webhook.url()));

        assertThat(webhook.next(PATIENCE).eventIds()).containsExactly(EventRoutesTest.id(0));
        assertThat(server.get("/queries/shipped/subscriptions").json().get(0).path("initialRecordTime").asText())
                .isEqualTo("2026-12-03T09:00:00Z");
    }

    @Test
    void aScheduledSubscriptionReportsWhenItRunsEvenIfEmpty() throws Exception {
        HttpExchange created = subscribe("""
                {"dest": "%s", "reportIfEmpty": true, "schedule": {"second": "[0-59]"}}""".formatted(webhook.url()));
        assertThat(created.status()).isEqualTo(201);

        WebhookReceiver.Delivery empty = webhook.next(PATIENCE);
        assertThat(empty.eventIds()).isEmpty();
        assertThat(empty.json().at("/epcisBody/queryResults/queryName").asText()).isEqualTo("shipped");

        apply(2);  // no wake-up: the schedule delivers it
        WebhookReceiver.Delivery delivery = webhook.next(PATIENCE);
        while (delivery.eventIds().isEmpty()) {
            delivery = webhook.next(PATIENCE);
        }
        assertThat(delivery.eventIds()).containsExactly(EventRoutesTest.id(2));

        JsonNode listed = server.get("/queries/shipped/subscriptions").json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("schedule").path("second").asText()).isEqualTo("[0-59]");
        assertThat(listed.get(0).path("reportIfEmpty").asBoolean()).isTrue();
    }

    @Test
    void aSubscriptionIsShownAndDeletedAndEndsWithItsQuery() {
        String id = subscribe("{\"dest\": \"%s\", \"stream\": true}".formatted(webhook.url())).json()
                .path("subscriptionID").asText();
        subscribe("{\"dest\": \"%s\", \"stream\": true}".formatted(webhook.url()));

        assertThat(server.send("OPTIONS", "/queries/shipped/subscriptions/" + id, null).header("Allow"))
                .isEqualTo("OPTIONS, GET, DELETE");
        assertThat(server.send("DELETE", "/queries/shipped/subscriptions/" + id, null).status()).isEqualTo(204);
        HttpExchange gone = server.get("/queries/shipped/subscriptions/" + id);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.json().path("detail").asText()).contains(id);
        assertThat(server.send("DELETE", "/queries/shipped/subscriptions/" + id, null).status()).isEqualTo(404);
        assertThat(server.get("/queries/shipped/subscriptions").json()).hasSize(1);

        assertThat(server.send("DELETE", "/queries/shipped", null).status()).isEqualTo(204);
        assertThat(server.store.subscriptions()).isEmpty();
        assertThat(server.get("/queries/shipped/subscriptions").json().path("type").asText())
                .isEqualTo("epcisException:NoSuchNameException");
    }

    @Test
    void badControlsAreRefusedNamingWhatIsWrong() {
        String dest = webhook.url().toString();
        assertRefused("{\"dest\": \"" + dest + "\"}", "needs \"stream\": true or a schedule");
        assertRefused("{\"dest\": \"" + dest + "\", \"stream\": true, \"schedule\": {\"minute\": \"5\"}}",
                "exclude each other");
        assertRefused("{\"dest\": \"ftp://example.com/x\", \"stream\": true}", "http or https");
        assertRefused("{\"stream\": true}", "dest must be");
        assertRefused("{\"dest\": \"" + dest + "\", \"schedule\": {\"minute\": \"75\"}}",
                "schedule minute \"75\"");
        assertRefused("{\"dest\": \"" + dest + "\", \"stream\": true, \"initialRecordTime\": \"yesterday\"}",
                "initialRecordTime");
        assertThat(server.store.subscriptions()).isEmpty();
    }

    private void assertRefused(String body, String detail) {
        HttpExchange answer = server.sendBad("POST", "/queries/shipped/subscriptions", body,
                "Content-Type", "application/json");
        assertThat(answer.status()).as(body).isEqualTo(400);
        assertThat(answer.json().path("type").asText()).isEqualTo("epcisException:SubscriptionControlsException");
        assertThat(answer.json().path("detail").asText()).contains(detail);
    }

    @Test
    void onlyTheServersOrganisationCreatesOrDeletesButAnyoneReads() {
        String body = "{\"dest\": \"%s\", \"stream\": true}".formatted(webhook.url());
        assertThat(subscribe(body, EpcisTestServer.CALLER_HEADER, "RetailerMSP").status()).isEqualTo(403);
        String id = subscribe(body).json().path("subscriptionID").asText();

        assertThat(server.get("/queries/shipped/subscriptions", EpcisTestServer.CALLER_HEADER, "RetailerMSP")
                .json()).hasSize(1);
        assertThat(server.send("DELETE", "/queries/shipped/subscriptions/" + id, null,
                EpcisTestServer.CALLER_HEADER, "RetailerMSP").status()).isEqualTo(403);
        assertThat(subscribe(body, EpcisTestServer.CALLER_HEADER, EpcisTestServer.ANONYMOUS).status())
                .isEqualTo(401);
        assertThat(server.sendBad("POST", "/queries/nothing/subscriptions", body, "Content-Type",
                "application/json").status()).isEqualTo(404);
    }
}
