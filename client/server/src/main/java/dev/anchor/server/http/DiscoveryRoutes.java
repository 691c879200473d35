package dev.anchor.server.http;

import io.javalin.config.RoutesConfig;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Discovery: {@code OPTIONS /} and {@code GET /} (the top-level resources), and {@code GET /openapi.yaml}, GS1's
 * description of the binding this server implements.
 */
final class DiscoveryRoutes {
    /** The path of GS1's openapi.yaml, which this server serves as it is. */
    static final String OPENAPI = "/openapi.yaml";
    private static final List<String> TOP_LEVEL = List.of("queries", "capture", "events", "eventTypes", "epcs",
            "readPoints", "bizLocations", "dispositions", "bizSteps");

    private final byte[] openapi = load();

    void register(RoutesConfig routes) {
        routes.options("/", ctx -> {
            EpcisHeaders.discovery(ctx, "OPTIONS, GET");
            ctx.status(204);
        });
        routes.get("/", ctx -> {
            EpcisHeaders.versions(ctx);
            JsonAnswers.ok(ctx, JsonAnswers.collection(TOP_LEVEL));
        });
        routes.get(OPENAPI, ctx -> ctx.contentType("application/yaml").result(openapi));
    }

    private static byte[] load() {
        try (InputStream in = DiscoveryRoutes.class.getResourceAsStream("openapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("missing resource dev/anchor/server/http/openapi.yaml");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
