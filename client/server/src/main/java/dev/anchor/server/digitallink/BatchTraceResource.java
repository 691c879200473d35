package dev.anchor.server.digitallink;

import dev.anchor.client.AnchorClient;
import dev.anchor.client.BatchTrace;
import dev.anchor.client.ErrorCode;
import dev.anchor.client.TransactionRefusedException;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import dev.anchor.server.http.EpcisExceptionType;
import dev.anchor.server.http.EpcisHttpException;
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

    private final AnchorClient ledger;

    public BatchTraceResource(AnchorClient ledger) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
    }

    @Override
    public void handle(Context ctx) {
        String gtin = ctx.pathParam("gtin");
        String lot = ctx.pathParam("lot");
        if (!GTIN.matcher(gtin).matches()) {
            throw new BadRequestResponse("gtin: a GTIN is 8, 12, 13 or 14 digits, not \"" + gtin + "\"");
        }
        String gtin14 = "0".repeat(GTIN_14 - gtin.length()) + gtin;
        BatchTrace trace;
        try {
            trace = BatchTrace.read(ledger, lot);
        } catch (TransactionRefusedException e) {
            if (e.errorCode() == ErrorCode.BATCH_NOT_FOUND || e.errorCode() == ErrorCode.INVALID_INPUT) {
                throw notFound("no batch with lot " + lot + " is on the ledger");
            }
            throw e;
        }
        if (!trace.batch().gtin().equals(gtin14)) {
            throw notFound("batch " + lot + " is of GTIN " + trace.batch().gtin() + ", not " + gtin14);
        }
        ctx.contentType("application/json");
        ctx.result(trace.toJson().toString());
    }

    /** A 404 problem that says which: an EPCIS exception keeps its detail (Javalin's NotFoundResponse would not). */
    private static EpcisHttpException notFound(String detail) {
        return new EpcisHttpException(EpcisExceptionType.NO_SUCH_RESOURCE, detail);
    }
}
