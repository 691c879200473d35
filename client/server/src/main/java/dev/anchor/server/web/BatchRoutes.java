package dev.anchor.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchor.client.AnchorClient;
import dev.anchor.client.custody.Batch;
import dev.anchor.client.lineage.BatchTrace;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.model.vocabulary.EventType;
import dev.anchor.model.evidence.Evidence;
import dev.anchor.client.provenance.ProvenanceEvent;
import dev.anchor.client.TransactionRefusedException;
import dev.anchor.server.access.Caller;
import dev.anchor.server.http.EpcisExceptionType;
import dev.anchor.server.http.EpcisHttpException;
import io.javalin.http.Context;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The page's JSON about batches, read from the ledger through the server's {@link AnchorClient}:
 * <ul>
 *   <li>{@code GET /ui/api/find?q=…}: which batches the text names ({@link BatchLookup}): {@code {"readAs",
 *   "batchIds","problem"}};</li>
 *   <li>{@code GET /ui/api/batches/{id}}: the batch, its trace (as {@code anchor trace --json}), its supply graph
 *   back and forward (as {@code trace --back/--forward --json}), its recall report (as {@code recall report
 *   --json}) when it is under a recall, its evidence, and whether the caller may acknowledge its recall here;</li>
 *   <li>{@code GET /ui/api/batches/{id}/evidence/{sha256}}: whether a document of that hash is attached;</li>
 *   <li>{@code GET …/proof} and {@code GET …/epcis}: the proof bundle ({@code trace --proof}) and the EPCIS export,
 *   as downloads;</li>
 *   <li>{@code POST …/recall-acknowledgement}: acknowledges the batch's recall as the server's organisation, for a
 *   caller of that organisation while it holds the batch (403 otherwise; the chaincode checks custody too).</li>
 * </ul>
 */
final class BatchRoutes {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final AnchorClient ledger;
    private final String serverMspId;

    BatchRoutes(AnchorClient ledger, String serverMspId) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.serverMspId = Objects.requireNonNull(serverMspId, "serverMspId");
    }

    /**
     * A search: always 200, with the batches found, or none and the {@code problem} (text that names no batch, a
     * batch or unit that is not on the ledger, a batch of another GTIN), which the page shows as it is.
     */
    void find(Context ctx) {
        ObjectNode o = WebPage.mapper().createObjectNode();
        ArrayNode found = o.putArray("batchIds");
        try {
            BatchLookup lookup = BatchLookup.parse(ctx.queryParam("q"));
            o.put("readAs", lookup.readAs());
            resolve(lookup).forEach(found::add);
        } catch (IllegalArgumentException | EpcisHttpException e) {
            o.put("problem", e instanceof EpcisHttpException h ? h.detail() : e.getMessage());
        }
        WebPage.json(ctx, o);
    }

    private List<String> resolve(BatchLookup lookup) {
        if (lookup.sscc().isPresent()) {
            String sscc = lookup.sscc().get();
            return read(() -> ledger.getUnit(sscc), "no logistic unit with SSCC " + sscc + " is on the ledger")
                    .batchIds();
        }
        String lot = lookup.lot().orElseThrow();
        Batch batch = batch(lot);
        if (lookup.gtin().isPresent() && !lookup.gtin().get().equals(batch.gtin())) {
            throw new EpcisHttpException(EpcisExceptionType.NO_SUCH_RESOURCE, "batch " + lot + " is of GTIN "
                    + batch.gtin() + ", not " + lookup.gtin().get());
        }
        return List.of(batch.batchId());
    }

    void view(Context ctx) {
        String id = ctx.pathParam("batchId");
        Caller caller = WebPage.caller(ctx);
        BatchTrace trace = read(() -> BatchTrace.read(ledger, id), noBatch(id));
        Batch batch = trace.batch();
        ObjectMapper json = WebPage.mapper();
        ObjectNode o = json.createObjectNode();
        o.set("batch", parse(batch.json()));
        o.set("trace", trace.toJson());
        o.set("back", parse(ledger.traceBack(id).json()));
        o.set("forward", parse(ledger.traceForward(id).json()));
        o.set("recallReport", batch.recall().map(r -> parse(ledger.recallReport(r.recallOf()).json())).orElse(null));
        ArrayNode evidence = o.putArray("evidence");
        for (ProvenanceEvent e : trace.provenance().events()) {
            if (e.type() == EventType.EVIDENCE_ATTACHED) {
                ObjectNode item = evidence.addObject();
                item.put("sha256", e.detail("sha256").orElse(null));
                item.put("mediaType", e.detail("mediaType").orElse(null));
                item.put("size", e.detail("size").orElse(null));
                item.put("uri", e.detail("uri").orElse(null));
                item.put("attachedBy", e.actor());
                item.put("attachedAt", e.timestamp() == null ? null : e.timestamp().toString());
                item.put("transactionId", e.transactionId());
            }
        }
        ObjectNode viewer = o.putObject("viewer");
        viewer.put("mspId", caller.mspId());
        viewer.put("subject", caller.subject());
        viewer.put("mayAcknowledgeRecall", mayAcknowledge(caller, batch));
        WebPage.json(ctx, o);
    }

    void evidence(Context ctx) {
        String id = ctx.pathParam("batchId");
        String sha256 = ctx.pathParam("sha256").toLowerCase(Locale.ROOT);
        if (!SHA256.matcher(sha256).matches()) {
            throw new EpcisHttpException(EpcisExceptionType.VALIDATION, "sha256: 64 hexadecimal digits, not \""
                    + ctx.pathParam("sha256") + "\"");
        }
        Optional<Evidence> found = read(() -> ledger.findEvidence(id, sha256), noBatch(id));
        ObjectNode o = WebPage.mapper().createObjectNode();
        o.put("batchId", id);
        o.put("sha256", sha256);
        o.put("attached", found.isPresent());
        found.ifPresent(e -> {
            o.put("mediaType", e.mediaType());
            o.put("size", e.size());
        });
        WebPage.json(ctx, o);
    }

    void proof(Context ctx) {
        String id = ctx.pathParam("batchId");
        String bundle = read(() -> ledger.proveProvenance(id), noBatch(id)).toJson();
        download(ctx, id + ".proof.json", bundle);
    }

    void export(Context ctx) {
        String id = ctx.pathParam("batchId");
        JsonNode document = read(() -> ledger.exportEpcis(id), noBatch(id));
        download(ctx, id + ".epcis.jsonld", document.toString());
    }

    void acknowledge(Context ctx) {
        WebPage.requireSameOrigin(ctx);
        String id = ctx.pathParam("batchId");
        Caller caller = WebPage.caller(ctx);
        Batch batch = batch(id);
        if (!mayAcknowledge(caller, batch)) {
            throw new EpcisHttpException(EpcisExceptionType.FORBIDDEN, whyNot(caller, batch));
        }
        String transactionId = read(() -> ledger.acknowledgeRecall(id), noBatch(id)).transactionId();
        ObjectNode o = WebPage.mapper().createObjectNode();
        o.put("batchId", id);
        o.put("transactionId", transactionId);
        WebPage.json(ctx, o);
    }

    /** The caller is of the server's organisation, which holds the batch, whose recall is not acknowledged yet. */
    private boolean mayAcknowledge(Caller caller, Batch batch) {
        return whyNot(caller, batch) == null;
    }

    private String whyNot(Caller caller, Batch batch) {
        if (!caller.mspId().equals(serverMspId)) {
            return caller.mspId() + " may read here but not acknowledge: this server writes to the ledger as "
                    + serverMspId;
        }
        if (!serverMspId.equals(batch.custodian())) {
            return batch.batchId() + " is held by " + batch.custodian() + ", not " + serverMspId
                    + ": only its holder acknowledges its recall";
        }
        if (batch.recall().isEmpty()) {
            return batch.batchId() + " is not recalled";
        }
        if (batch.recall().get().acknowledgedBy() != null) {
            return "the recall of " + batch.batchId() + " is acknowledged already";
        }
        return null;
    }

    private Batch batch(String id) {
        return read(() -> ledger.getBatch(id), noBatch(id));
    }

    private static String noBatch(String id) {
        return "no batch " + id + " is on the ledger";
    }

    /** A ledger read; a refusal for a missing or malformed batch or unit is 404 with {@code notFound}. */
    private static <T> T read(Supplier<T> reading, String notFound) {
        try {
            return reading.get();
        } catch (TransactionRefusedException e) {
            ErrorCode code = e.errorCode();
            if (code == ErrorCode.BATCH_NOT_FOUND || code == ErrorCode.UNIT_NOT_FOUND || code == ErrorCode.INVALID_INPUT
                    || code == ErrorCode.INVALID_SSCC) {
                throw new EpcisHttpException(EpcisExceptionType.NO_SUCH_RESOURCE, notFound);
            }
            throw new EpcisHttpException(EpcisExceptionType.VALIDATION, "the ledger refused: " + e.getMessage());
        }
    }

    private static void download(Context ctx, String fileName, String body) {
        String safe = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        ctx.header("Content-Disposition", "attachment; filename=\"" + safe + "\"");
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("application/json").result(body);
    }

    private static JsonNode parse(String json) {
        try {
            return WebPage.mapper().readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("the ledger answered JSON that does not parse", e);
        }
    }
}
