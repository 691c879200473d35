package dev.anchor.server.web;

import dev.anchor.server.access.AccessTokens;
import dev.anchor.server.access.Authentication;
import dev.anchor.server.access.Caller;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.UnauthorizedResponse;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * The server's authentication, with what a browser needs in front of it: the web page and its scripts are public
 * (they hold no data), {@code GET /} asked for by a browser ({@code Accept: text/html}) is the page rather than the
 * EPCIS discovery answer, and the page's own JSON under {@code /ui/api/} also accepts the session cookie that
 * {@link BrowserLogin} sets (a bearer token of this server, which the page's script never sees). A client
 * certificate or an {@code Authorization} header always wins, through {@link Authentication}. Asking who is logged in
 * ({@code GET /ui/api/session}) without any credentials is no error: the answer says nobody is.
 */
public final class BrowserAccess implements Handler {
    /** The servlet request attribute that holds the TLS client's certificate chain. */
    static final String CLIENT_CERTIFICATES = "jakarta.servlet.request.X509Certificate";

    private final Authentication authentication;
    private final AccessTokens tokens;
    private final Clock clock;
    private final PageResources page;

    public BrowserAccess(Authentication authentication, AccessTokens tokens, Clock clock, PageResources page) {
        this.authentication = Objects.requireNonNull(authentication, "authentication");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.page = Objects.requireNonNull(page, "page");
    }

    @Override
    public void handle(Context ctx) {
        String path = ctx.path();
        if (path.equals("/") && wantsPage(ctx)) {
            page.writeIndex(ctx);
            ctx.skipRemainingHandlers();
            return;
        }
        if (PageResources.isPublic(path)) {
            return;
        }
        boolean certificate = ctx.req().getAttribute(CLIENT_CERTIFICATES) != null;
        boolean bearer = ctx.header("Authorization") != null;
        String session = ctx.cookie(BrowserLogin.COOKIE);
        boolean asksWho = path.equals(BrowserLogin.SESSION);
        if (path.startsWith(WebPage.API) && !certificate && !bearer) {
            Optional<Caller> caller = session == null ? Optional.empty() : tokens.verify(session, clock.instant());
            if (session != null && caller.isEmpty()) {
                BrowserLogin.clearCookie(ctx);
            }
            if (caller.isPresent()) {
                ctx.attribute(Caller.ATTRIBUTE, caller.get());
                return;
            }
            if (asksWho) {
                return; // answered "not logged in": the page then offers its login form
            }
            if (session != null) {
                throw new UnauthorizedResponse("the session has expired or is no longer valid: log in again");
            }
        }
        authentication.handle(ctx);
    }

    private static boolean wantsPage(Context ctx) {
        String accept = ctx.header("Accept");
        return "GET".equals(ctx.method().name()) && accept != null && accept.contains("text/html");
    }
}
