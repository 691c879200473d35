package dev.anchor.client.wire;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class CanonicalJsonTest {

    private static String canonical(String json) {
        return AnchorJson.canonical(AnchorJson.parseObject(json, "test"), null);
    }

    @Test
    void sortsKeysRecursivelyAndDropsWhitespace() {
        assertThat(canonical("{ \"b\" : 1, \"a\" : { \"z\" : [ {\"y\":1,\"x\":2} ], \"c\": \"s\" } }"))
                .isEqualTo("{\"a\":{\"c\":\"s\",\"z\":[{\"x\":2,\"y\":1}]},\"b\":1}");
    }

    @Test
    void sortsByStringCompareToSoUppercaseComesFirst() {
        assertThat(canonical("{\"b\":1,\"B\":2,\"a\":3,\"_\":4}")).isEqualTo("{\"B\":2,\"_\":4,\"a\":3,\"b\":1}");
    }

    @Test
    void omitsNullMembers() {
        assertThat(canonical("{\"a\":null,\"b\":{\"c\":null,\"d\":false}}")).isEqualTo("{\"b\":{\"d\":false}}");
    }

    @Test
    void writesDecimalsPlainWithoutTrailingZeros() {
        assertThat(canonical("{\"a\":12.50,\"b\":1.2E+3,\"c\":1200,\"d\":0.000001,\"e\":100.0,\"f\":123456789012345678.123456}"))
                .isEqualTo("{\"a\":12.5,\"b\":1200,\"c\":1200,\"d\":0.000001,\"e\":100,\"f\":123456789012345678.123456}");
        assertThat(AnchorJson.plain(new BigDecimal("1E+3"))).isEqualTo("1000");
    }

    @Test
    void leavesOutTheNamedTopLevelMemberOnly() {
        assertThat(AnchorJson.canonical(AnchorJson.parseObject("{\"hash\":\"x\",\"d\":{\"hash\":\"y\"}}", "t"), "hash"))
                .isEqualTo("{\"d\":{\"hash\":\"y\"}}");
    }

    @Test
    void escapesStringsAsJson() {
        assertThat(canonical("{\"a\":\"quote \\\" backslash \\\\ newline \\n tab \\t é\"}"))
                .isEqualTo("{\"a\":\"quote \\\" backslash \\\\ newline \\n tab \\t é\"}");
    }

    @Test
    void writesTheSameBytesAsAUtf8GeneratorForAnyText() throws Exception {
        // The chaincode writes canonical JSON with a byte-based UTF-8 generator: raw UTF-8 (also outside the BMP),
        // escaping only quotes, backslashes and control characters. The client must produce the same bytes.
        String text = "pears \uD83C\uDF50 / caf\u00e9 \u2028 tab\t nul\u0000 bell\u0007 \"q\" back\\slash";
        java.io.ByteArrayOutputStream expected = new java.io.ByteArrayOutputStream();
        com.fasterxml.jackson.core.JsonFactory factory = com.fasterxml.jackson.core.JsonFactory.builder()
                .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                .disable(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII)
                .disable(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
                .build();
        try (com.fasterxml.jackson.core.JsonGenerator g = factory.createGenerator(expected)) {
            g.writeStartObject();
            g.writeFieldName("a");
            g.writeString(text);
            g.writeEndObject();
        }
        var node = AnchorJson.MAPPER.createObjectNode().put("a", text);

        String canonical = AnchorJson.canonical(node, null);

        assertThat(canonical.getBytes(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(expected.toByteArray());
        assertThat(canonical).contains("\uD83C\uDF50").contains("\\u0000").contains(" / ");
    }

    @Test
    void hashesUtf8Sha256InLowercaseHex() {
        assertThat(AnchorJson.sha256Hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
