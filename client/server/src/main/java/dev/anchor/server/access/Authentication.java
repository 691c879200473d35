package dev.anchor.server.access;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.UnauthorizedResponse;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs before every route: establishes the {@link Caller} from a client certificate of one of the network's
 * organisations (mutual TLS) or else from a bearer token this server issued ({@link AccessTokens}), and leaves it
 * under {@link Caller#ATTRIBUTE}. A request with neither, with a certificate no member issued (or expired), or
 * with a token that does not verify is refused with 401 and reaches no route, so it reads nothing.
 */
public final class Authentication implements Handler {
    /** The servlet request attribute that holds the TLS client's certificate chain. */
    static final String CLIENT_CERTIFICATES = "jakarta.servlet.request.X509Certificate";
    private static final String BEARER = "Bearer ";

    private final NetworkMembers members;
    private final AccessTokens tokens;
    private final Clock clock;

    public Authentication(NetworkMembers members, AccessTokens tokens, Clock clock) {
        this.members = Objects.requireNonNull(members, "members");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void handle(Context ctx) {
        try {
            ctx.attribute(Caller.ATTRIBUTE, authenticate(ctx));
        } catch (UnauthorizedResponse e) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"anchor\"");
            throw e;
        }
    }

    private Caller authenticate(Context ctx) {
        Object chain = ctx.req().getAttribute(CLIENT_CERTIFICATES);
        if (chain instanceof X509Certificate[] certificates && certificates.length > 0) {
            return members.identify(certificates[0], clock.instant()).orElseThrow(() -> refused(
                    "the client certificate (" + certificates[0].getSubjectX500Principal().getName()
                            + ", issued by " + certificates[0].getIssuerX500Principal().getName()
                            + ") is not one of the network's organisations' (" + String.join(", ", members.mspIds())
                            + ") or is not valid now"));
        }
        String authorization = Optional.ofNullable(ctx.header("Authorization")).orElse("");
        if (authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return tokens.verify(authorization.substring(BEARER.length()).trim(), clock.instant())
                    .orElseThrow(() -> refused("the bearer token is not valid here: malformed, expired, or not issued"
                            + " by this server to a user of " + tokens.mspId()));
        }
        return refused();
    }

    private Caller refused() {
        throw refused("authenticate with a client certificate of one of the network's organisations (mutual TLS)"
                + " or with a bearer token of this server (`anchor --org ORG serve token`)");
    }

    private static UnauthorizedResponse refused(String why) {
        return new UnauthorizedResponse(why);
    }
}
