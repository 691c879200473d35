package dev.anchor.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.anchor.model.custody.Batch;
import dev.anchor.model.custody.PendingHandoff;
import dev.anchor.model.provenance.ProvenanceEvent;
import dev.anchor.model.vocabulary.EventType;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.erdtman.jcs.JsonCanonicalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The canonical form against RFC 8785 (JCS, through java-json-canonicalization): where it agrees, where it may not. */
class CanonicalFormTest {

    private static String canonical(String json) throws IOException {
        return new String(CanonicalForm.write(CanonicalForm.tree(json)), StandardCharsets.UTF_8);
    }

    private static String jcs(String json) throws IOException {
        return new JsonCanonicalizer(json).getEncodedString();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"b\":1,\"a\":{\"z\":[true,false,{\"y\":\"x\",\"x\":\"y\"}],\"é\":\"\\u00e9\",\"B\":\"梨 🍐\"}}",
            "{\"quantity\":1200.5,\"remaining\":0.000001,\"count\":9007199254740991,\"zero\":0}",
            "{\"text\":\"quote \\\" backslash \\\\ solidus \\/ tab \\t newline \\n return \\r \\b \\f \\u0001 \\u2028\"}",
            "{\"\\ud83c\\udf50\":1,\"\\u20ac\":2,\"\\r\":3,\"1\":4,\"\\u0080\":5,\"ö\":6}",
            "{\"event\":{\"epcList\":[\"urn:epc:id:sgtin:9506000.134352.1\"],\"eventTime\":\"2026-11-25T16:01:58.020+01:00\"}}"})
    void agreesWithRfc8785ForStringsKeysAndTheNumbersAnchorWrites(String json) throws IOException {
        assertThat(canonical(json)).isEqualTo(jcs(json));
    }

    /**
     * Where Anchor keeps its own form (docs/data-model.md): decimals exactly, never through a double, and the hex digits
     * of an escaped control character upper case, as Jackson writes them. Changing either would change the hash of
     * events already on ledgers.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"q\":123456789012345678.123456}|{\"q\":123456789012345678.123456}|{\"q\":123456789012345680}",
            "{\"q\":1E-7}|{\"q\":0.0000001}|{\"q\":1e-7}",
            "{\"q\":12.50}|{\"q\":12.5}|{\"q\":12.5}",
            "{\"q\":1E+21}|{\"q\":1000000000000000000000}|{\"q\":1e+21}",
            "{\"t\":\"\\u001f\"}|{\"t\":\"\\u001F\"}|{\"t\":\"\\u001f\"}"})
    void keepsDecimalsExactWhereRfc8785WouldRoundThem(String json, String anchor, String rfc8785) throws IOException {
        assertThat(canonical(json)).isEqualTo(anchor);
        assertThat(jcs(json)).isEqualTo(rfc8785);
    }

    @Test
    void aRecordIsWrittenSortedWithoutItsNullMembersAndReadBack() {
        Batch batch = new Batch("PEAR-001", "DistributorMSP", 2, "09506000134352", null, "a".repeat(64), null, null,
                new PendingHandoff("ManufacturerMSP", Instant.parse("2026-11-25T15:01:58.143456789Z"), "RetailerMSP",
                        "tx2"),
                Instant.parse("2026-11-25T15:01:58.020Z"), "ManufacturerMSP", "Pears", new BigDecimal("1200.50"), null,
                new BigDecimal("1200.5"), "Orchard", "kg");

        byte[] written = CanonicalForm.write(batch);

        assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo("{\"batchId\":\"PEAR-001\","
                + "\"custodian\":\"DistributorMSP\",\"eventCount\":2,\"gtin\":\"09506000134352\",\"lastEventHash\":\""
                + "a".repeat(64) + "\",\"pendingHandoff\":{\"from\":\"ManufacturerMSP\","
                + "\"initiatedAt\":\"2026-11-25T15:01:58.143456789Z\",\"to\":\"RetailerMSP\",\"txId\":\"tx2\"},"
                + "\"producedAt\":\"2026-11-25T15:01:58.020Z\",\"producer\":\"ManufacturerMSP\",\"productName\":\"Pears\","
                + "\"quantity\":1200.5,\"remaining\":1200.5,\"site\":\"Orchard\",\"unit\":\"kg\"}");
        Batch read = CanonicalForm.read(written, Batch.class);
        assertThat(read.pendingHandoff()).isEqualTo(batch.pendingHandoff());
        assertThat(read.quantity()).isEqualByComparingTo("1200.5");
        assertThat(read.producedAt()).isEqualTo(batch.producedAt());
    }

    @Test
    void anEventReadsItsTypeAndDecimalDetailsExactly() {
        byte[] json = ("{\"actor\":\"ManufacturerMSP\",\"batchId\":\"PEAR-001\",\"details\":{\"quantity\":0.000001,"
                + "\"unit\":\"kg\"},\"hash\":\"h\",\"previousHash\":\"p\",\"seq\":3,\"timestamp\":\"2026-11-25T15:01:58Z\","
                + "\"txId\":\"tx\",\"type\":\"CONSUMED\",\"newerMember\":1}").getBytes(StandardCharsets.UTF_8);

        ProvenanceEvent event = CanonicalForm.read(json, ProvenanceEvent.class);

        assertThat(event.type()).isEqualTo(EventType.CONSUMED);
        assertThat(event.seq()).isEqualTo(3);
        assertThat(event.details()).isEqualTo(Map.of("quantity", new BigDecimal("0.000001"), "unit", "kg"));
    }

    @Test
    void jsonThatIsNotTheRecordIsRefusedNamingIt() {
        assertThatThrownBy(() -> CanonicalForm.read("[1]".getBytes(StandardCharsets.UTF_8), Batch.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not a JSON Batch");
    }
}
