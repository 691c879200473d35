package dev.anchor.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.http.HttpHeaders;

/**
 * One request to the EPCIS server and its answer, as the tests read it (the server's own tests and, through this
 * module's test-jar, the integration tests).
 */
public record HttpExchange(int status, HttpHeaders headers, String body) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** @return the answer's body as JSON; fails the test when it is not */
    public JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    /** @return the answer's first value of a header, or null */
    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }
}
