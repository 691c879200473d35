package dev.anchor.server.verification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.anchor.client.AnchorException;
import dev.anchor.client.epcis.CommittedEpcisEvent;
import dev.anchor.client.epcis.EpcisEventHash;
import dev.anchor.client.epcis.EpcisReader;
import dev.anchor.server.store.StoredEvent;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Checks a query's answer against the ledger ({@code ?verify=true}): for each event, the block of the transaction
 * the store says committed it is read from the peer ({@link EpcisReader#epcisEventsOfTransaction}, one read per
 * transaction of the answer), and the event is verified when that transaction wrote a record under the event's id,
 * in that block, holding exactly this event, and the event hashes (CBV 2.0) to that id. So a query store that lost,
 * changed or invented an event cannot pass it off as the ledger's: the check trusts the peer, not the store.
 */
public final class LedgerCheck {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private final EpcisReader ledger;

    public LedgerCheck(EpcisReader ledger) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
    }

    /** @return a verdict for each event, by event id, in the answer's order */
    public Map<String, LedgerVerdict> check(List<StoredEvent> events) {
        Map<String, Map<String, CommittedEpcisEvent>> transactions = new HashMap<>();
        Map<String, LedgerVerdict> verdicts = new LinkedHashMap<>();
        for (StoredEvent event : events) {
            Map<String, CommittedEpcisEvent> written;
            try {
                written = transactions.computeIfAbsent(event.transactionId(), this::written);
            } catch (AnchorException e) {
                verdicts.put(event.eventId(), LedgerVerdict.refused("the ledger could not be read for transaction "
                        + event.transactionId() + ": " + e.getMessage()));
                continue;
            }
            verdicts.put(event.eventId(), verdict(event, written.get(event.eventId())));
        }
        return verdicts;
    }

    private Map<String, CommittedEpcisEvent> written(String transactionId) {
        Map<String, CommittedEpcisEvent> byId = new HashMap<>();
        for (CommittedEpcisEvent e : ledger.epcisEventsOfTransaction(transactionId)) {
            byId.put(e.eventId(), e);
        }
        return byId;
    }

    private static LedgerVerdict verdict(StoredEvent event, CommittedEpcisEvent onLedger) {
        if (onLedger == null) {
            return LedgerVerdict.refused("transaction " + event.transactionId() + " recorded no event "
                    + event.eventId());
        }
        if (onLedger.blockNumber() != event.blockNumber()) {
            return LedgerVerdict.refused("transaction " + event.transactionId() + " committed in block "
                    + onLedger.blockNumber() + ", not " + event.blockNumber());
        }
        JsonNode ledgerEvent = onLedger.record().get("event");
        if (ledgerEvent == null || !same(ledgerEvent, event.event())) {
            return LedgerVerdict.refused("the event differs from what transaction " + event.transactionId()
                    + " recorded under " + event.eventId());
        }
        String hash;
        try {
            hash = EpcisEventHash.of(ledgerEvent, onLedger.record().get("context"));
        } catch (IllegalArgumentException e) {
            return LedgerVerdict.refused("the ledger's event cannot be hashed: " + e.getMessage());
        }
        if (!hash.equals(event.eventId())) {
            return LedgerVerdict.refused("the ledger's event hashes to " + hash + ", not to its id " + event.eventId());
        }
        return LedgerVerdict.ok();
    }

    /** Equal as JSON values read the same way (numbers exactly, as the ledger's canonical JSON writes them). */
    private static boolean same(JsonNode a, JsonNode b) {
        try {
            return JSON.readTree(a.toString()).equals(JSON.readTree(b.toString()));
        } catch (JsonProcessingException e) {
            return false;
        }
    }
}
