package dev.anchor.server.digitallink;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.anchor.client.AnchorClient;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.TransactionRefusedException;
import dev.anchor.client.lineage.BatchTrace;
import dev.anchor.server.http.EpcisExceptionType;
import dev.anchor.server.http.EpcisHttpException;
import io.javalin.http.Context;
import io.javalin.http.Handler;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The GS1 Digital Link resource of a batch, {@code GET /01/{gtin}/10/{lot}}: the batch whose id is the lot and
 * whose product is the GTIN, answered as its trace (the same JSON as {@code anchor trace ID --json}: the
 * provenance, the hash chain's verdict, the captured EPCIS events naming it). A GTIN-8, -12 or -13 is read as the
 * GTIN-14 it pads to, as GS1 Digital Link does. A lot that is no batch, or a batch of another product, is 404.
 */
public final class BatchTraceResource implements Handler {
    /** The route, with its path parameters. */
    public static final String PATH = "/01/{gtin}/10/{lot}";
    private static final Pattern GTIN = Pattern.compile("\\d{8}|\\d{12,14}");
    private static final int GTIN_14 = 14;
    /** Numbers as the ledger wrote them (never in exponent form). */
    private static final ObjectMapper JSON = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private final AnchorClient ledger;

    public BatchTraceResource(AnchorClient ledger) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
    }

    @Override
    public void handle(Context ctx) {
        String gtin = ctx.pathParam("gtin");
        String lot = ctx.pathParam("lot");
        if (!GTIN.matcher(gtin).matches()) {
            throw new EpcisHttpException(EpcisExceptionType.VALIDATION, "gtin: a GTIN is 8, 12, 13 or 14 digits, not \""
                    + gtin + "\"");
        }
        String gtin14 = "0".repeat(GTIN_14 - gtin.length()) + gtin;
        BatchTrace trace;
        try {
            trace = BatchTrace.read(ledger, lot);
        } catch (TransactionRefusedException e) {
            if (e.errorCode() == ErrorCode.BATCH_NOT_FOUND || e.errorCode() == ErrorCode.INVALID_INPUT) {
                throw new EpcisHttpException(EpcisExceptionType.NO_SUCH_RESOURCE, "no batch with lot " + lot
                        + " is on the ledger");
            }
            throw e;
        }
        if (!trace.batch().gtin().equals(gtin14)) {
            throw new EpcisHttpException(EpcisExceptionType.NO_SUCH_RESOURCE, "batch " + lot + " is of GTIN "
                    + trace.batch().gtin() + ", not " + gtin14);
        }
        ctx.contentType("application/json");
        try {
            ctx.result(JSON.writeValueAsString(trace.toJson()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the trace of " + lot, e);
        }
    }
}
