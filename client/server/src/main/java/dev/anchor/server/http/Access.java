package dev.anchor.server.http;

import dev.anchor.server.access.Caller;
import io.javalin.http.Context;

/**
 * Who may do what: every authenticated caller may read; writes (capture, creating and deleting named queries) are
 * the server's own organisation's only, since the server signs ledger transactions as that organisation.
 */
final class Access {
    private Access() {
    }

    /**
     * @return the caller that authentication left on the request
     * @throws EpcisHttpException 401 when there is none (authentication did not run)
     */
    static Caller caller(Context ctx) {
        Caller caller = ctx.attribute(Caller.ATTRIBUTE);
        if (caller == null) {
            throw new EpcisHttpException(EpcisExceptionType.UNAUTHORISED, "the request is not authenticated");
        }
        return caller;
    }

    /** @throws EpcisHttpException 403 SecurityException for a caller of another organisation than the server's */
    static void requireWriter(Context ctx, String serverMspId, String what) {
        Caller caller = caller(ctx);
        if (!caller.mspId().equals(serverMspId)) {
            throw new EpcisHttpException(EpcisExceptionType.FORBIDDEN, caller.mspId() + " may read here but not "
                    + what + ": this server writes to the ledger as " + serverMspId + ", so only " + serverMspId
                    + " callers may");
        }
    }
}
