package dev.anchor.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.anchor.client.AnchorClient;
import dev.anchor.client.Batch;
import dev.anchor.client.AnchorEventStream;
import dev.anchor.client.ErrorCode;
import dev.anchor.client.EventCheckpoint;
import dev.anchor.client.Holding;
import dev.anchor.client.LogisticUnit;
import dev.anchor.client.Page;
import dev.anchor.client.UnitReceipt;
import dev.anchor.client.Organization;
import dev.anchor.client.ProductionRecord;
import dev.anchor.client.Provenance;
import dev.anchor.client.ProvenanceProof;
import dev.anchor.client.Receipt;
import dev.anchor.client.TransactionRefusedException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * An in-memory stand-in for the chaincode, following docs/data-model.md: canonical JSON (sorted keys via
 * TreeMap), SHA-256 hash chain, the custody rules. Enough to play the demo story.
 */
final class FakeNetwork {
    private static final ObjectMapper JSON = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    private final Map<String, TreeMap<String, Object>> batches = new HashMap<>();
    private final Map<String, List<String>> events = new HashMap<>();
    private Instant now = Instant.parse("2026-11-25T15:01:58.020Z");
    private int tx;

    AnchorClient client(Organization org) {
        return new AnchorClient() {
            @Override
            public Organization organization() {
                return org;
            }

            @Override
            public Receipt recordProduction(ProductionRecord r) {
                if (batches.containsKey(r.batchId())) {
                    throw refuse(ErrorCode.BATCH_EXISTS, "batch " + r.batchId() + " already exists");
                }
                String txId = nextTx();
                TreeMap<String, Object> b = new TreeMap<>();
                b.put("batchId", r.batchId());
                b.put("gtin", r.gtin());
                b.put("productName", r.productName());
                b.put("quantity", r.quantity());
                b.put("unit", r.unit());
                b.put("site", r.site());
                b.put("producer", org.mspId());
                b.put("producedAt", now.toString());
                b.put("custodian", org.mspId());
                batches.put(r.batchId(), b);
                TreeMap<String, Object> d = new TreeMap<>(Map.of("gtin", r.gtin(), "productName", r.productName(),
                        "quantity", r.quantity(), "unit", r.unit(), "site", r.site()));
                return append(r.batchId(), "PRODUCED", org, d, txId);
            }

            @Override
            public Receipt initiateHandoff(String batchId, Organization to) {
                TreeMap<String, Object> b = batch(batchId);
                if (!org.mspId().equals(b.get("custodian"))) {
                    throw refuse(ErrorCode.NOT_CUSTODIAN, "batch " + batchId + " is held by " + b.get("custodian"));
                }
                if (b.containsKey("pendingHandoff")) {
                    throw refuse(ErrorCode.HANDOFF_PENDING, "batch " + batchId + " already has a pending handoff");
                }
                String txId = nextTx();
                b.put("pendingHandoff", new TreeMap<>(Map.of("from", org.mspId(), "to", to.mspId(),
                        "initiatedAt", now.toString(), "txId", txId)));
                return append(batchId, "HANDOFF_INITIATED", org, fromTo(org.mspId(), to.mspId()), txId);
            }

            @Override
            public Receipt acceptHandoff(String batchId) {
                Map<String, Object> p = pendingFor(batchId, org);
                TreeMap<String, Object> b = batch(batchId);
                b.remove("pendingHandoff");
                b.put("custodian", org.mspId());
                return append(batchId, "HANDOFF_ACCEPTED", org, fromTo((String) p.get("from"), org.mspId()), nextTx());
            }

            @Override
            public Receipt rejectHandoff(String batchId, String reason) {
                Map<String, Object> p = pendingFor(batchId, org);
                batch(batchId).remove("pendingHandoff");
                TreeMap<String, Object> d = fromTo((String) p.get("from"), org.mspId());
                d.put("reason", reason);
                return append(batchId, "HANDOFF_REJECTED", org, d, nextTx());
            }

            @Override
            public UnitReceipt packUnit(String sscc, List<String> batchIds) {
                throw new UnsupportedOperationException("units are not simulated");
            }

            @Override
            public UnitReceipt unpackUnit(String sscc) {
                throw new UnsupportedOperationException("units are not simulated");
            }

            @Override
            public UnitReceipt initiateUnitHandoff(String sscc, Organization to) {
                throw new UnsupportedOperationException("units are not simulated");
            }

            @Override
            public UnitReceipt acceptUnitHandoff(String sscc) {
                throw new UnsupportedOperationException("units are not simulated");
            }

            @Override
            public UnitReceipt rejectUnitHandoff(String sscc, String reason) {
                throw new UnsupportedOperationException("units are not simulated");
            }

            @Override
            public Page<Holding> inventory(int pageSize, String bookmark) {
                throw new UnsupportedOperationException("inventories are not simulated");
            }

            @Override
            public Page<Holding> inbox(int pageSize, String bookmark) {
                throw new UnsupportedOperationException("inboxes are not simulated");
            }

            @Override
            public AnchorEventStream watchEvents(OptionalLong fromBlock, EventCheckpoint checkpoint) {
                throw new UnsupportedOperationException("events are not simulated");
            }

            @Override
            public LogisticUnit getUnit(String sscc) {
                throw new UnsupportedOperationException("units are not simulated");
            }

            @Override
            public Batch getBatch(String batchId) {
                return Batch.fromJson(write(batch(batchId)));
            }

            @Override
            public Provenance getProvenance(String batchId) {
                batch(batchId);
                return Provenance.fromJson("{\"batchId\":\"" + batchId + "\",\"events\":["
                        + String.join(",", events.get(batchId)) + "]}");
            }

            /** The real answer with no blocks behind it: it writes and reads like a proof, and fails to verify. */
            @Override
            public ProvenanceProof proveProvenance(String batchId) {
                batch(batchId);
                return new ProvenanceProof(batchId, "supplychain", "anchor", "{\"batchId\":\"" + batchId
                        + "\",\"events\":[" + String.join(",", events.get(batchId)) + "]}", new byte[0], List.of(),
                        List.of());
            }

            @Override
            public void close() {
            }
        };
    }

    private Map<String, Object> pendingFor(String batchId, Organization org) {
        @SuppressWarnings("unchecked")
        Map<String, Object> p = (Map<String, Object>) batch(batchId).get("pendingHandoff");
        if (p == null) {
            throw refuse(ErrorCode.NO_PENDING_HANDOFF, "batch " + batchId + " has no pending handoff");
        }
        if (!org.mspId().equals(p.get("to"))) {
            throw refuse(ErrorCode.NOT_RECIPIENT, "the pending handoff of " + batchId + " is to " + p.get("to"));
        }
        return p;
    }

    private TreeMap<String, Object> batch(String batchId) {
        TreeMap<String, Object> b = batches.get(batchId);
        if (b == null) {
            throw refuse(ErrorCode.BATCH_NOT_FOUND, "batch " + batchId + " does not exist");
        }
        return b;
    }

    private static TreeMap<String, Object> fromTo(String from, String to) {
        return new TreeMap<>(Map.of("from", from, "to", to));
    }

    private Receipt append(String batchId, String type, Organization actor, TreeMap<String, Object> details,
                           String txId) {
        List<String> list = events.computeIfAbsent(batchId, k -> new ArrayList<>());
        TreeMap<String, Object> b = batches.get(batchId);
        String previous = list.isEmpty() ? "0".repeat(64) : (String) b.get("lastEventHash");
        TreeMap<String, Object> e = new TreeMap<>();
        e.put("actor", actor.mspId());
        e.put("batchId", batchId);
        e.put("details", details);
        e.put("previousHash", previous);
        e.put("seq", list.size() + 1);
        e.put("timestamp", now.toString());
        e.put("txId", txId);
        e.put("type", type);
        String hash = sha256(write(e));
        e.put("hash", hash);
        list.add(write(e));
        b.put("eventCount", list.size());
        b.put("lastEventHash", hash);
        now = now.plusMillis(437);
        return new Receipt(txId, Batch.fromJson(write(b)));
    }

    private String nextTx() {
        tx++;
        return String.format("%064x", tx * 0x9e3779b97f4a7c15L & Long.MAX_VALUE);
    }

    private static TransactionRefusedException refuse(ErrorCode code, String message) {
        return new TransactionRefusedException(code, message, null, null);
    }

    static String write(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
