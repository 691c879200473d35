package dev.anchor.chaincode.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.anchor.chaincode.domain.benchmark.BenchmarkKey;
import dev.anchor.chaincode.domain.shared.BatchId;
import org.junit.jupiter.api.Test;

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
}
