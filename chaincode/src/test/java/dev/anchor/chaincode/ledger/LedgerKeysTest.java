package dev.anchor.chaincode.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.anchor.chaincode.domain.benchmark.BenchmarkKey;
import dev.anchor.chaincode.domain.shared.BatchId;
import java.util.List;
import java.util.stream.Stream;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class LedgerKeysTest {

    private static final BatchId PEAR_1 = new BatchId("PEAR-1");

    @Test
    void aBatchLivesUnderBatchAndItsId() {
        assertThat(LedgerKeys.batch(PEAR_1)).isEqualTo("\u0000batch\u0000PEAR-1\u0000");
    }

    @Test
    void anEventLivesUnderEventItsBatchAndTenDigitSeq() {
        assertThat(LedgerKeys.event(PEAR_1, 7)).isEqualTo("\u0000event\u0000PEAR-1\u00000000000007\u0000");
        assertThat(LedgerKeys.event(PEAR_1, 9_999_999_999L)).isEqualTo("\u0000event\u0000PEAR-1\u00009999999999\u0000");
    }

    @Test
    void keysSortInSeqOrder() {
        assertThat(LedgerKeys.event(PEAR_1, 9)).isLessThan(LedgerKeys.event(PEAR_1, 10));
        assertThat(LedgerKeys.event(PEAR_1, 99)).isLessThan(LedgerKeys.event(PEAR_1, 100));
    }

    @Test
    void theEventRangeOfABatchHoldsNoOtherBatch() {
        String range = LedgerKeys.eventsOf(PEAR_1).toString();

        assertThat(range).isEqualTo("\u0000event\u0000PEAR-1\u0000");
        assertThat(LedgerKeys.event(PEAR_1, 1)).startsWith(range);
        assertThat(LedgerKeys.event(new BatchId("PEAR-10"), 1)).doesNotStartWith(range);
        assertThat(LedgerKeys.event(new BatchId("PEAR-1.1"), 1)).doesNotStartWith(range);
        assertThat(LedgerKeys.batch(PEAR_1)).doesNotStartWith(range);
    }

    @Test
    void seqIsBetweenOneAndTenDigits() {
        assertThatThrownBy(() -> LedgerKeys.event(PEAR_1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LedgerKeys.event(PEAR_1, 10_000_000_000L)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBenchmarkFloorHasItsOwnNamespace() {
        String key = LedgerKeys.benchmarkFloor(new BenchmarkKey("PEAR-1"));

        assertThat(key).isEqualTo("\u0000benchmark\u0000PEAR-1\u0000");
        assertThat(key).isNotEqualTo(LedgerKeys.batch(PEAR_1)).doesNotStartWith(LedgerKeys.eventsOf(PEAR_1).toString());
    }

    /** LedgerKeys builds Fabric's composite key itself (the shim's compiles a regex per segment): the same strings. */
    @ParameterizedTest
    @MethodSource("segments")
    void buildsExactlyTheKeyOfTheShimsCompositeKey(String objectType, List<String> attributes) {
        String[] array = attributes.toArray(String[]::new);

        assertThat(LedgerKeys.key(objectType, array)).isEqualTo(new CompositeKey(objectType, array).toString());
    }

    static Stream<Arguments> segments() {
        return Stream.of(
                Arguments.of("batch", List.of("PEAR-1")),
                Arguments.of("member", List.of()),
                Arguments.of("holding", List.of("ManufacturerMSP", "batch", "PEAR-1.2_x")),
                Arguments.of("epcis-batch", List.of("PEAR-1", "2026-12-03T10:15:30.123456789Z", "ni:///sha-256;ab?ver=CBV2.0")),
                Arguments.of("terms", List.of("", "ü€", "\uD83C\uDF50 pear", "\uDBFF")),
                Arguments.of("", List.of("a", "")));
    }

    /** A segment Fabric forbids (U+0000, U+10FFFF) is refused exactly as the shim refuses it. */
    @ParameterizedTest
    @ValueSource(strings = {"nul\u0000inside", "max\uDBFF\uDFFFrune"})
    void refusesAForbiddenSegmentAsTheShimDoes(String segment) {
        Throwable shims = catchThrowable(() -> new CompositeKey("batch", segment).toString());

        assertThat(catchThrowable(() -> LedgerKeys.key("batch", segment)))
                .isInstanceOf(shims.getClass()).hasMessage(shims.getMessage());
        assertThat(catchThrowable(() -> LedgerKeys.key(segment, "PEAR-1")))
                .isInstanceOf(shims.getClass());
    }
}
