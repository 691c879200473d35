package dev.anchor.server.subscription;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchor.client.epcis.CommittedEpcisBlock;
import dev.anchor.client.epcis.CommittedEpcisEvent;
import dev.anchor.client.epcis.EpcisDocuments;
import dev.anchor.server.http.Await;
import dev.anchor.server.http.WebhookReceiver;
import dev.anchor.server.projection.ReconnectBackoff;
import dev.anchor.server.query.NamedQuery;
import dev.anchor.server.query.QuerySubscription;
import dev.anchor.server.store.EventStore;
import dev.anchor.server.store.EventStores;
import dev.anchor.server.store.StoredEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Subscriptions over the real query store (H2 with its migrations, the SQL query engine): what matches, and the
 * position a webhook subscription keeps across a restart of the server.
 */
class SubscriptionsTest {
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ReconnectBackoff QUICK = new ReconnectBackoff(Duration.ofMillis(50), Duration.ofMillis(200));

    @TempDir
    Path directory;

    private EventStore store;
    private WebhookReceiver webhook;
    private final List<Subscriptions> started = new ArrayList<>();

    @BeforeEach
    void open() {
        store = EventStores.open("jdbc:h2:file:" + directory.resolve("epcis"));
        webhook = new WebhookReceiver();
        ObjectNode definition = JSON.createObjectNode().put("name", "shipped-lot");
        definition.putObject("query").put("EQ_bizStep", "shipping").put("MATCH_anyEPC",
                "urn:epc:id:sgtin:0614141.107346.*");
        store.saveQuery(new NamedQuery("shipped-lot", definition, "DistributorMSP", Instant.now()));
    }

    @AfterEach
    void close() {
        started.forEach(Subscriptions::close);
        webhook.close();
        store.close();
    }

    private Subscriptions subscriptions() {
        Subscriptions subscriptions = new Subscriptions(store, SubscriptionsTest::document, Clock.systemUTC(), QUICK);
        subscriptions.start();
        started.add(subscriptions);
        return subscriptions;
    }

    private static ObjectNode document(String queryName, List<StoredEvent> events) {
        List<JsonNode> records = new ArrayList<>();
        for (StoredEvent event : events) {
            ObjectNode record = JSON.createObjectNode();
            record.set("context", event.context());
            record.set("event", event.event());
            record.put("eventId", event.eventId());
            records.add(record);
        }
        ObjectNode document = EpcisDocuments.queryDocument(records, Instant.now());
        ((ObjectNode) document.at("/epcisBody/queryResults")).put("queryName", queryName);
        return document;
    }

    private static String id(String name) {
        return "ni:///sha-256;" + String.format("%064x", name.hashCode() & 0xffffffffL) + "?ver=CBV2.0";
    }

    /** Block {@code number} with one event per name: "s" names are shipping, others receiving; "x" another EPC. */
    private void apply(long number, String... names) {
        List<CommittedEpcisEvent> events = new ArrayList<>();
        for (String name : names) {
            ObjectNode event = JSON.createObjectNode().put("type", "ObjectEvent")
                    .put("eventTime", "2026-12-03T09:00:00Z").put("eventTimeZoneOffset", "+00:00")
                    .put("action", "OBSERVE").put("bizStep", name.startsWith("s") ? "shipping" : "receiving");
            event.putArray("epcList").add((name.contains("x") ? "urn:epc:id:sgtin:4012345.011122." :
                    "urn:epc:id:sgtin:0614141.107346.") + Math.abs(name.hashCode()));
            ObjectNode record = JSON.createObjectNode().put("capturedAt", "2026-12-03T10:00:00Z")
                    .put("capturedBy", "DistributorMSP").put("eventId", id(name)).put("txId", "tx-" + name);
            record.putArray("context").add(EpcisDocuments.STANDARD_CONTEXT);
            record.set("event", event);
            events.add(new CommittedEpcisEvent(id(name), record, number, "tx-" + name, 0));
        }
        store.apply(new CommittedEpcisBlock(number, events));
    }

    @Test
    void aWebhookSubscriptionResumesAfterARestartFromThePositionItSaved() throws Exception {
        apply(0, "s-before", "r-before");
        Subscriptions first = subscriptions();
        String id = first.subscribe("shipped-lot", JSON.readTree("{\"dest\": \"" + webhook.url()
                + "\", \"stream\": true}"), "DistributorMSP").orElseThrow().id();

        apply(1, "s-one", "r-one", "sx-other-lot");
        first.blocksApplied();
        assertThat(webhook.next(PATIENCE).eventIds()).containsExactly(id("s-one"));
        Await.until("the position saved after block 1", () -> position(id) == 2, PATIENCE);
        first.close();

        apply(2, "s-two");       // while the server is down
        apply(3, "r-three");
        subscriptions();         // the server starts again

        assertThat(webhook.next(PATIENCE).eventIds()).as("from its position: not s-one again")
                .containsExactly(id("s-two"));
        Await.until("the position saved after block 3", () -> position(id) == 4, PATIENCE);
    }

    private long position(String id) {
        return store.subscriptions().stream().filter(s -> s.id().equals(id)).mapToLong(QuerySubscription::nextBlock)
                .findFirst().orElse(-1);
    }
}
