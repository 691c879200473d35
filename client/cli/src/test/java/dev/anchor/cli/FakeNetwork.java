package dev.anchor.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.anchor.client.AnchorClient;
import dev.anchor.client.terms.HandoffWithTerms;
import dev.anchor.client.terms.PartyTerms;
import dev.anchor.client.terms.TermsDeclaration;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.Organization;
import dev.anchor.client.Page;
import dev.anchor.client.Receipt;
import dev.anchor.client.TransactionRefusedException;
import dev.anchor.client.custody.Batch;
import dev.anchor.client.custody.Holding;
import dev.anchor.client.custody.LogisticUnit;
import dev.anchor.client.custody.ProductionRecord;
import dev.anchor.client.custody.UnitReceipt;
import dev.anchor.client.epcis.CapturedEpcisEvent;
import dev.anchor.client.epcis.CommittedEpcisBlocks;
import dev.anchor.client.epcis.CommittedEpcisEvent;
import dev.anchor.client.epcis.EpcisCaptureReport;
import dev.anchor.client.epcis.EpcisQuery;
import dev.anchor.client.epcis.EpcisQueryPage;
import dev.anchor.client.events.AnchorEventStream;
import dev.anchor.client.events.EventCheckpoint;
import dev.anchor.model.evidence.Evidence;
import dev.anchor.client.evidence.EvidenceRecord;
import dev.anchor.client.lineage.Consumption;
import dev.anchor.client.lineage.RecallReport;
import dev.anchor.client.lineage.TraceGraph;
import dev.anchor.client.lineage.TransformationRecord;
import dev.anchor.client.proof.ProvenanceProof;
import dev.anchor.client.provenance.Provenance;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * An in-memory stand-in for the chaincode, following docs/data-model.md: canonical JSON (sorted keys via
 * TreeMap), SHA-256 hash chain, the custody rules, transformations, traces, recalls and evidence. Enough to play
 * the demo story (units: pack, hand off and accept).
 */
public final class FakeNetwork {
    private static final ObjectMapper JSON = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    private final Map<String, TreeMap<String, Object>> batches = new HashMap<>();
    private final Map<String, List<String>> events = new HashMap<>();
    /** Links in creation order: input, output, quantity, unit. */
    private final List<Object[]> links = new ArrayList<>();
    private final Map<String, Evidence> evidence = new HashMap<>();
    private final Map<String, TreeMap<String, Object>> units = new HashMap<>();
    /** Captured EPCIS events linked to a batch, oldest first (capture itself is not simulated). */
    private final Map<String, List<CapturedEpcisEvent>> captured = new HashMap<>();
    private Instant now = Instant.parse("2026-11-25T15:01:58.020Z");
    private int tx;

    /** As if a captured EPCIS event named the batch (the events of a batch are kept in the order given). */
    public void linkCapturedEvent(String batchId, CapturedEpcisEvent event) {
        captured.computeIfAbsent(batchId, id -> new ArrayList<>()).add(event);
    }

    public AnchorClient client(Organization org) {
        return new AnchorClient() {
            @Override
            public Organization organization() {
                return org;
            }

            @Override
            public HandoffWithTerms initiateHandoff(String batchId, Organization to, JsonNode terms) {
                throw new UnsupportedOperationException("commercial terms are not simulated");
            }

            @Override
            public List<PartyTerms> handoffTerms(String batchId) {
                throw new UnsupportedOperationException("commercial terms are not simulated");
            }

            @Override
            public List<TermsDeclaration> termsDeclarations(String batchId) {
                throw new UnsupportedOperationException("commercial terms are not simulated");
            }

            @Override
            public List<TermsDeclaration> purgeTerms(String batchId) {
                throw new UnsupportedOperationException("commercial terms are not simulated");
            }

            @Override
            public AnchorClient withRequestId(String requestId) {
                return this;
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
                b.put("remaining", r.quantity());
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
                if (b.containsKey("recall")) {
                    throw refuse(ErrorCode.RECALLED, "batch " + batchId + " is recalled");
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
            public Receipt transform(TransformationRecord t) {
                for (Consumption c : t.inputs()) {
                    TreeMap<String, Object> in = batch(c.batchId());
                    if (((BigDecimal) in.get("remaining")).compareTo(c.quantity()) < 0) {
                        throw refuse(ErrorCode.OVER_CONSUMPTION, "not enough of " + c.batchId());
                    }
                }
                ProductionRecord out = t.output();
                String txId = nextTx();
                for (Consumption c : t.inputs()) {
                    TreeMap<String, Object> in = batch(c.batchId());
                    BigDecimal left = ((BigDecimal) in.get("remaining")).subtract(c.quantity());
                    in.put("remaining", left);
                    links.add(new Object[] {c.batchId(), out.batchId(), c.quantity(), in.get("unit")});
                    append(c.batchId(), "CONSUMED", org, new TreeMap<>(Map.of("output", out.batchId(),
                            "quantity", c.quantity(), "remaining", left, "unit", in.get("unit"))), txId);
                }
                Receipt made = recordProduction(out);
                return new Receipt(txId, made.batch());
            }

            @Override
            public Receipt recall(String batchId, String reason) {
                String txId = nextTx();
                Receipt first = null;
                for (String id : reach(batchId, true)) {
                    TreeMap<String, Object> b = batch(id);
                    b.put("recall", new TreeMap<>(Map.of("recallOf", batchId, "reason", reason, "recalledBy", org.mspId(),
                            "recalledAt", now.toString(), "txId", txId)));
                    Receipt r = append(id, "RECALLED", org, new TreeMap<>(Map.of("recallOf", batchId, "reason", reason)), txId);
                    first = first == null ? r : first;
                }
                return first;
            }

            @Override
            public Receipt acknowledgeRecall(String batchId) {
                TreeMap<String, Object> b = batch(batchId);
                @SuppressWarnings("unchecked")
                Map<String, Object> recall = (Map<String, Object>) b.get("recall");
                if (recall == null) {
                    throw refuse(ErrorCode.NOT_RECALLED, "batch " + batchId + " is not recalled");
                }
                recall.put("acknowledgedBy", org.mspId());
                recall.put("acknowledgedAt", now.toString());
                return append(batchId, "RECALL_ACKNOWLEDGED", org, new TreeMap<>(Map.of("recallOf", recall.get("recallOf"))),
                        nextTx());
            }

            @Override
            public Receipt attachEvidence(EvidenceRecord e) {
                batch(e.batchId());
                String txId = nextTx();
                evidence.put(e.batchId() + "/" + e.sha256(), new Evidence(now, org.mspId(), e.batchId(), e.mediaType(),
                        e.sha256(), e.size(), txId, e.uri().orElse(null)));
                return append(e.batchId(), "EVIDENCE_ATTACHED", org, new TreeMap<>(Map.of("mediaType", e.mediaType(),
                        "sha256", e.sha256(), "size", e.size())), txId);
            }

            @Override
            public Optional<Evidence> findEvidence(String batchId, String sha256) {
                batch(batchId);
                return Optional.ofNullable(evidence.get(batchId + "/" + sha256));
            }

            @Override
            public TraceGraph traceBack(String batchId) {
                return TraceGraph.fromJson(write(graph(batchId, false)));
            }

            @Override
            public TraceGraph traceForward(String batchId) {
                return TraceGraph.fromJson(write(graph(batchId, true)));
            }

            @Override
            public RecallReport recallReport(String batchId) {
                Map<String, Object> graph = graph(batchId, true);
                TreeMap<String, Object> report = new TreeMap<>();
                report.put("recall", batch(batchId).get("recall"));
                report.put("affected", graph.get("nodes"));
                report.put("edges", graph.get("edges"));
                return RecallReport.fromJson(write(report));
            }

            @Override
            public UnitReceipt packUnit(String sscc, List<String> batchIds) {
                if (units.containsKey(sscc)) {
                    throw refuse(ErrorCode.UNIT_EXISTS, "unit " + sscc + " already exists");
                }
                for (String id : batchIds) {
                    TreeMap<String, Object> b = batch(id);
                    if (!org.mspId().equals(b.get("custodian"))) {
                        throw refuse(ErrorCode.NOT_CUSTODIAN, "batch " + id + " is held by " + b.get("custodian"));
                    }
                    if (b.containsKey("recall")) {
                        throw refuse(ErrorCode.RECALLED, "batch " + id + " is recalled");
                    }
                }
                String txId = nextTx();
                TreeMap<String, Object> u = new TreeMap<>(Map.of("batches", List.copyOf(new TreeSet<>(batchIds)),
                        "custodian", org.mspId(), "packedAt", now.toString(), "packedBy", org.mspId(), "sscc", sscc));
                units.put(sscc, u);
                for (String id : batchIds) {
                    batch(id).put("packedIn", sscc);
                    append(id, "PACKED", org, new TreeMap<>(Map.of("sscc", sscc)), txId);
                }
                return new UnitReceipt(txId, LogisticUnit.fromJson(write(u)));
            }

            @Override
            public UnitReceipt unpackUnit(String sscc) {
                throw new UnsupportedOperationException("unpacking is not simulated");
            }

            @Override
            public UnitReceipt initiateUnitHandoff(String sscc, Organization to) {
                TreeMap<String, Object> u = unit(sscc);
                if (!org.mspId().equals(u.get("custodian"))) {
                    throw refuse(ErrorCode.NOT_CUSTODIAN, "unit " + sscc + " is held by " + u.get("custodian"));
                }
                for (String id : batchesIn(u)) {
                    if (batch(id).containsKey("recall")) {
                        throw refuse(ErrorCode.RECALLED, "unit " + sscc + " holds the recalled batch " + id);
                    }
                }
                String txId = nextTx();
                u.put("pendingHandoff", new TreeMap<>(Map.of("from", org.mspId(), "to", to.mspId(),
                        "initiatedAt", now.toString(), "txId", txId)));
                for (String id : batchesIn(u)) {
                    TreeMap<String, Object> d = fromTo(org.mspId(), to.mspId());
                    d.put("sscc", sscc);
                    append(id, "HANDOFF_INITIATED", org, d, txId);
                }
                return new UnitReceipt(txId, LogisticUnit.fromJson(write(u)));
            }

            @Override
            public UnitReceipt acceptUnitHandoff(String sscc) {
                TreeMap<String, Object> u = unit(sscc);
                @SuppressWarnings("unchecked")
                Map<String, Object> p = (Map<String, Object>) u.remove("pendingHandoff");
                if (p == null || !org.mspId().equals(p.get("to"))) {
                    throw refuse(ErrorCode.NO_PENDING_HANDOFF, "no handoff of unit " + sscc + " waits for " + org.mspId());
                }
                String txId = nextTx();
                u.put("custodian", org.mspId());
                for (String id : batchesIn(u)) {
                    batch(id).put("custodian", org.mspId());
                    TreeMap<String, Object> d = fromTo((String) p.get("from"), org.mspId());
                    d.put("sscc", sscc);
                    append(id, "HANDOFF_ACCEPTED", org, d, txId);
                }
                return new UnitReceipt(txId, LogisticUnit.fromJson(write(u)));
            }

            @Override
            public UnitReceipt rejectUnitHandoff(String sscc, String reason) {
                throw new UnsupportedOperationException("rejecting a unit is not simulated");
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
            public CommittedEpcisBlocks followEpcisBlocks(long fromBlock) {
                throw new UnsupportedOperationException("blocks are not simulated");
            }

            @Override
            public List<CommittedEpcisEvent> epcisEventsOfTransaction(String transactionId) {
                throw new UnsupportedOperationException("blocks are not simulated");
            }

            @Override
            public EpcisCaptureReport captureEpcis(JsonNode document, int eventsPerTransaction,
                                                   int transactionsInFlight, Consumer<EpcisCaptureReport> progress) {
                throw new UnsupportedOperationException("EPCIS capture is not simulated");
            }

            @Override
            public LogisticUnit getUnit(String sscc) {
                return LogisticUnit.fromJson(write(unit(sscc)));
            }

            @Override
            public com.fasterxml.jackson.databind.node.ObjectNode exportEpcis(String batchId) {
                throw new UnsupportedOperationException("EPCIS export is not simulated");
            }

            @Override
            public EpcisQueryPage queryEpcis(EpcisQuery query, int pageSize, String bookmark) {
                throw new UnsupportedOperationException("EPCIS events are not simulated");
            }

            @Override
            public List<CapturedEpcisEvent> epcisEventsOfBatch(String batchId) {
                batch(batchId);
                return List.copyOf(captured.getOrDefault(batchId, List.of()));
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

    /** The batch and every batch reachable from it, breadth-first. */
    private Set<String> reach(String root, boolean forward) {
        Set<String> found = new LinkedHashSet<>(List.of(root));
        Deque<String> queue = new ArrayDeque<>(found);
        while (!queue.isEmpty()) {
            String id = queue.poll();
            for (Object[] link : links) {
                if (link[forward ? 0 : 1].equals(id) && found.add((String) link[forward ? 1 : 0])) {
                    queue.add((String) link[forward ? 1 : 0]);
                }
            }
        }
        return found;
    }

    private Map<String, Object> graph(String root, boolean forward) {
        batch(root);
        Set<String> ids = reach(root, forward);
        Map<String, Integer> depth = new HashMap<>(Map.of(root, 0));
        List<Object> nodes = new ArrayList<>();
        List<Object> edges = new ArrayList<>();
        for (String id : ids) {
            for (Object[] link : links) {
                if (link[forward ? 0 : 1].equals(id)) {
                    depth.putIfAbsent((String) link[forward ? 1 : 0], depth.get(id) + 1);
                    edges.add(new TreeMap<>(Map.of("input", link[0], "output", link[1], "quantity", link[2],
                            "unit", link[3], "txId", "t")));
                }
            }
            TreeMap<String, Object> b = batch(id);
            TreeMap<String, Object> node = new TreeMap<>();
            for (String key : List.of("batchId", "custodian", "gtin", "packedIn", "productName", "quantity", "remaining", "unit", "recall")) {
                if (b.containsKey(key)) {
                    node.put(key, b.get(key));
                }
            }
            node.put("depth", depth.get(id));
            nodes.add(node);
        }
        Map<String, Object> graph = new LinkedHashMap<>();
        graph.put("direction", forward ? "forward" : "back");
        graph.put("edges", edges);
        graph.put("nodes", nodes);
        graph.put("root", root);
        return graph;
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

    private TreeMap<String, Object> unit(String sscc) {
        TreeMap<String, Object> u = units.get(sscc);
        if (u == null) {
            throw refuse(ErrorCode.UNIT_NOT_FOUND, "unit " + sscc + " does not exist");
        }
        return u;
    }

    @SuppressWarnings("unchecked")
    private static List<String> batchesIn(Map<String, Object> unit) {
        return (List<String>) unit.get("batches");
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

    /** PEAR-1 produced, offered to the distributor, rejected, offered again, accepted. */
    public static FakeNetwork pearStory() {
        FakeNetwork net = new FakeNetwork();
        AnchorClient m = net.client(Organization.MANUFACTURER);
        AnchorClient d = net.client(Organization.DISTRIBUTOR);
        m.recordProduction(new ProductionRecord("PEAR-1", "09506000134352", "Conference pears",
                new BigDecimal("1200"), "kg", "Orchard Lane"));
        m.initiateHandoff("PEAR-1", Organization.DISTRIBUTOR);
        d.rejectHandoff("PEAR-1", "temperature log missing");
        m.initiateHandoff("PEAR-1", Organization.DISTRIBUTOR);
        d.acceptHandoff("PEAR-1");
        return net;
    }
}
