package dev.anchor.server.web;

import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The web page's files, from the jar's resources under {@code web/}: {@code index.html} (answered at {@code /}),
 * its script and style sheet under {@code /web/}, and Cytoscape.js from its WebJar under {@code /webjars/}. None of
 * them holds data, so they are served without authentication.
 */
public final class PageResources {
    /** Where the page's own files are served. */
    static final String ASSETS = "/web/";
    /** Where the WebJars (Cytoscape.js) are served. */
    static final String WEBJARS = "/webjars/";
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data: blob:; "
            + "style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    private final byte[] index = load("web/index.html");

    /** @return whether {@code path} is one of the page's files or its login and logout */
    static boolean isPublic(String path) {
        return path.startsWith(ASSETS) || path.startsWith(WEBJARS) || path.equals(BrowserLogin.LOGIN)
                || path.equals(BrowserLogin.LOGOUT);
    }

    /** Answers the page itself, with a content security policy that lets it load only this server's files. */
    void writeIndex(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Cache-Control", "no-cache");
        ctx.contentType("text/html; charset=utf-8").result(index);
    }

    private static byte[] load(String resource) {
        try (InputStream in = PageResources.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
