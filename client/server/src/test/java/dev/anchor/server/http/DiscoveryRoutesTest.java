package dev.anchor.server.http;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DiscoveryRoutesTest {
    private static EpcisTestServer server;

    @BeforeAll
    static void start() {
        server = new EpcisTestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void rootListsTheTopLevelResourcesWithTheVersions() {
        HttpExchange answer = server.get("/", "Accept", "application/json");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("type").asText()).isEqualTo("Collection");
        assertThat(answer.json().path("member")).extracting(Object::toString).hasSize(9)
                .contains("\"capture\"", "\"events\"", "\"queries\"");
        assertThat(answer.header("GS1-EPCIS-Version")).isEqualTo("2.0.0");
        assertThat(answer.header("GS1-CBV-Version")).isEqualTo("2.0.0");
    }

    @Test
    void optionsOnTheRootDescribesTheServer() {
        HttpExchange answer = server.send("OPTIONS", "/", null);

        assertThat(answer.status()).isEqualTo(204);
        assertThat(answer.header("Allow")).isEqualTo("OPTIONS, GET");
        assertThat(answer.header("GS1-EPCIS-Min")).isEqualTo("2.0.0");
        assertThat(answer.header("GS1-EPCIS-Max")).isEqualTo("2.0.0");
        assertThat(answer.header("GS1-Extensions")).isEqualTo("anchor=urn:anchor:epcis:");
    }

    @Test
    void xmlIsNotAcceptable() {
        HttpExchange answer = server.sendBad("GET", "/events", null, "Accept", "application/xml");

        assertThat(answer.status()).isEqualTo(406);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.json().path("type").asText()).isEqualTo("epcisException:NotAcceptableException");
        assertThat(answer.json().path("detail").asText()).contains("application/xml", "JSON only");
    }

    @Test
    void jsonLdIsAnsweredAsJsonLdWhenPreferred() {
        HttpExchange answer = server.get("/", "Accept", "application/ld+json, application/json;q=0.5");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).startsWith("application/ld+json");
    }

    @Test
    void aClientThatNeedsAnotherEpcisVersionIsRefused() {
        HttpExchange answer = server.sendBad("GET", "/", null, "GS1-EPCIS-Min", "2.1");

        assertThat(answer.status()).isEqualTo(406);
        assertThat(answer.json().path("detail").asText()).contains("GS1-EPCIS-Min is 2.1");
    }

    @Test
    void anUnknownPathIsAProblemNotAPage() {
        HttpExchange answer = server.get("/events/abc/def");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().path("type").asText()).isEqualTo("epcisException:NoSuchResourceException");
        assertThat(answer.json().path("detail").asText()).isEqualTo("no resource /events/abc/def (see /openapi.yaml)");
        assertThat(answer.body()).doesNotContain("java.", "\tat ");
    }

    @Test
    void servesGs1sOpenApiDescriptionAsShipped() throws Exception {
        HttpExchange answer = server.get("/openapi.yaml", "Accept", "application/yaml");

        assertThat(answer.status()).isEqualTo(200);
        try (InputStream shipped = EpcisApp.class.getResourceAsStream("openapi.yaml")) {
            assertThat(answer.body()).isEqualTo(new String(shipped.readAllBytes(), "UTF-8"));
        }
        Optional<Path> gs1 = SharedEpcis.dir().map(dir -> dir.resolve("rest/openapi.yaml")).filter(Files::exists);
        if (gs1.isPresent()) {
            assertThat(answer.body()).as("the copy is GS1's file as it is").isEqualTo(Files.readString(gs1.get()));
        }
        assertThat(answer.body()).startsWith("openapi: \"3.0.3\"").contains("title: EPCIS 2.0 REST Bindings");
    }
}
