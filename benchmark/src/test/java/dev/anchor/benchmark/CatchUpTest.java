package dev.anchor.benchmark;

import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.TransactionRefusedException;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatchUpTest {
    private final CatchUp catchUp = new CatchUp(5, 1);
    private final AtomicInteger calls = new AtomicInteger();

    private String failingTimes(int failures, ErrorCode code) {
        if (calls.incrementAndGet() <= failures) {
            throw new TransactionRefusedException(code, "peer behind", "tx", null);
        }
        return "done";
    }

    @Test
    void retriesAStaleViewUntilThePeersCaughtUp() {
        String result = catchUp.call(() -> failingTimes(3, ErrorCode.NO_PENDING_HANDOFF), ErrorCode.NO_PENDING_HANDOFF);

        assertThat(result).isEqualTo("done");
        assertThat(calls).hasValue(4);
        assertThat(catchUp.retries()).isEqualTo(3);
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        assertThatThrownBy(() -> catchUp.call(() -> failingTimes(10, ErrorCode.NOT_CUSTODIAN), ErrorCode.NOT_CUSTODIAN))
                .isInstanceOf(TransactionRefusedException.class);
        assertThat(calls).hasValue(5);
        assertThat(catchUp.retries()).isEqualTo(4);
    }

    @Test
    void doesNotRetryOtherCodes() {
        assertThatThrownBy(() -> catchUp.call(() -> failingTimes(1, ErrorCode.FORBIDDEN_ROLE), ErrorCode.NOT_CUSTODIAN))
                .isInstanceOf(TransactionRefusedException.class);
        assertThat(calls).hasValue(1);
        assertThat(catchUp.retries()).isZero();
    }
}
