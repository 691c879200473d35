package dev.anchor.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jwt.SignedJWT;
import dev.anchor.server.access.AccessTokens;
import dev.anchor.server.access.Caller;
import dev.anchor.server.http.EpcisExceptionType;
import dev.anchor.server.http.EpcisHttpException;
import io.javalin.http.Context;

import java.io.IOException;
import java.text.ParseException;
import java.time.Instant;
import java.time.Clock;
import java.util.Objects;

/**
 * Logging a browser in with a bearer token of this server ({@code anchor --org ORG serve token}):
 * {@code POST /ui/login} {@code {"token":"…"}} checks it and keeps it in a cookie that is {@code HttpOnly} (the
 * page's script never reads it, so an injected script cannot take it away), {@code Secure} (HTTPS only) and
 * {@code SameSite=Strict} (no other site's page makes the browser send it), for the page's own {@code /ui/}
 * requests only, and for no longer than the token is valid. A cookie rather than a token in the script's memory:
 * {@code EventSource} (the live updates) cannot send an {@code Authorization} header, and a reload keeps the login.
 * {@code POST /ui/logout} drops it. A browser that presents a member's client certificate needs no login.
 */
final class BrowserLogin {
    /** The session cookie's name. */
    static final String COOKIE = "anchor_session";
    static final String LOGIN = "/ui/login";
    static final String LOGOUT = "/ui/logout";
    /** Who the page acts for. */
    static final String SESSION = WebPage.API + "session";
    private static final String COOKIE_PATH = "/ui/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AccessTokens tokens;
    private final String serverMspId;
    private final Clock clock;

    BrowserLogin(AccessTokens tokens, String serverMspId, Clock clock) {
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.serverMspId = Objects.requireNonNull(serverMspId, "serverMspId");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** {@code POST /ui/login}: 200 with the session ({@link #session}) and the cookie, or 400/401 saying why not. */
    void login(Context ctx) {
        WebPage.requireSameOrigin(ctx);
        String token = tokenOf(ctx);
        Caller caller = tokens.verify(token, clock.instant()).orElseThrow(() -> new EpcisHttpException(
                EpcisExceptionType.UNAUTHORISED, "the token is not valid here: malformed, expired, or not issued by"
                + " this server (" + serverMspId + ", `anchor --org ORG serve token`)"));
        long seconds = Math.max(1, expiry(token).getEpochSecond() - clock.instant().getEpochSecond());
        ctx.header("Set-Cookie", COOKIE + "=" + token + "; Path=" + COOKIE_PATH + "; Max-Age=" + seconds
                + "; Secure; HttpOnly; SameSite=Strict");
        WebPage.json(ctx, session(caller, "token"));
    }

    /** {@code POST /ui/logout}: drops the cookie; 204. */
    void logout(Context ctx) {
        WebPage.requireSameOrigin(ctx);
        clearCookie(ctx);
        ctx.status(204);
    }

    /** {@code GET /ui/api/session}: who the page acts for, or {@code {"loggedIn":false}}. */
    void current(Context ctx) {
        Caller caller = ctx.attribute(Caller.ATTRIBUTE);
        if (caller == null) {
            ObjectNode nobody = JSON.createObjectNode();
            nobody.put("loggedIn", false);
            nobody.put("serverMspId", serverMspId);
            WebPage.json(ctx, nobody);
            return;
        }
        String by = ctx.req().getAttribute(BrowserAccess.CLIENT_CERTIFICATES) != null ? "certificate"
                : ctx.header("Authorization") != null ? "token" : "session";
        WebPage.json(ctx, session(caller, by));
    }

    static void clearCookie(Context ctx) {
        ctx.header("Set-Cookie", COOKIE + "=; Path=" + COOKIE_PATH + "; Max-Age=0; Secure; HttpOnly; SameSite=Strict");
    }

    private ObjectNode session(Caller caller, String by) {
        ObjectNode o = JSON.createObjectNode();
        o.put("loggedIn", true);
        o.put("mspId", caller.mspId());
        o.put("subject", caller.subject());
        o.put("serverMspId", serverMspId);
        o.put("by", by);
        return o;
    }

    /** The expiry of a token that verified (so it parses and has one). */
    private static Instant expiry(String token) {
        try {
            return SignedJWT.parse(token).getJWTClaimsSet().getExpirationTime().toInstant();
        } catch (ParseException e) {
            throw new IllegalStateException("a verified token does not parse", e);
        }
    }

    private static String tokenOf(Context ctx) {
        JsonNode body;
        try {
            body = JSON.readTree(ctx.body());
        } catch (IOException e) {
            throw new EpcisHttpException(EpcisExceptionType.VALIDATION, "the login is a JSON object {\"token\": \"…\"}");
        }
        JsonNode token = body == null ? null : body.get("token");
        if (token == null || !token.isTextual() || token.asText().isBlank()) {
            throw new EpcisHttpException(EpcisExceptionType.VALIDATION, "token: paste a token of"
                    + " `anchor --org ORG serve token`");
        }
        return token.asText().strip();
    }
}
