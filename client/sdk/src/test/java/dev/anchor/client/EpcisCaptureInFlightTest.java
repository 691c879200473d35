package dev.anchor.client;

import static dev.anchor.client.EpcisCaptureRunTest.document;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Several transactions of one capture in flight at once: bounded, reported in document order, stopped by a failure. */
class EpcisCaptureInFlightTest {

    /** The second of the first event of a transaction's argument: where in the document the transaction starts. */
    private static int transactionOf(String argument) {
        String time = AnchorJson.parseObject(argument, "argument").at("/events/0/event/eventTime").asText();
        return Integer.parseInt(time.substring(17, 19));
    }

    private static EpcisCaptureAnswer answer(String argument) {
        List<String> ids = new ArrayList<>();
        AnchorJson.parseObject(argument, "argument").get("events").forEach(e -> ids.add(e.get("eventId").asText()));
        return new EpcisCaptureAnswer("tx-" + transactionOf(argument), ids, List.of());
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).as("latch released").isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void atMostTheGivenNumberAreInFlightAndProgressFollowsTheDocument() throws Exception {
        CountDownLatch thirdSent = new CountDownLatch(1);
        CountDownLatch firstTwoIn = new CountDownLatch(2);
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<Integer> committed = Collections.synchronizedList(new ArrayList<>());
        Function<String, EpcisCaptureAnswer> ledger = argument -> {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            int tx = transactionOf(argument);
            if (tx == 0 || tx == 1) {
                firstTwoIn.countDown();
                await(thirdSent); // the first two commit only once the third has: all three overlap
            }
            if (tx == 2) {
                await(firstTwoIn); // and the third only once the first two are in flight, on any scheduling
            }
            committed.add(tx);
            inFlight.decrementAndGet();
            if (tx == 2) {
                thirdSent.countDown();
            }
            return answer(argument);
        };
        List<Integer> progress = new ArrayList<>();
        List<String> threads = new ArrayList<>();

        EpcisCaptureReport report = new EpcisCaptureRun(ledger).capture(document(6), 1, 3, r -> {
            progress.add(r.done());
            threads.add(Thread.currentThread().getName());
        });

        assertThat(most.get()).isEqualTo(3);
        assertThat(committed.indexOf(0)).as("the first committed after others").isPositive();
        assertThat(progress).containsExactly(0, 1, 2, 3, 4, 5, 6);
        assertThat(threads).containsOnly(Thread.currentThread().getName());
        assertThat(report.transactionIds()).containsExactly("tx-0", "tx-1", "tx-2", "tx-3", "tx-4", "tx-5");
        assertThat(report.recorded()).hasSize(6).doesNotHaveDuplicates();
    }

    @Test
    void afterAFailureNoTransactionStartsAndThoseInFlightAreReported() throws Exception {
        CountDownLatch secondFailed = new CountDownLatch(1);
        List<Integer> sent = Collections.synchronizedList(new ArrayList<>());
        Function<String, EpcisCaptureAnswer> ledger = argument -> {
            int start = transactionOf(argument);
            sent.add(start);
            if (start == 2) {
                secondFailed.countDown();
                throw new TransactionRefusedException(ErrorCode.INVALID_EPCIS_EVENT, "events[0].action: no", "tx-2",
                        null);
            }
            await(secondFailed); // the first is still in flight when the second fails
            return answer(argument);
        };

        EpcisCaptureException e = catchThrowableOfType(EpcisCaptureException.class,
                () -> new EpcisCaptureRun(ledger).capture(document(8), 2, 2, r -> { }));

        assertThat(sent).containsExactlyInAnyOrder(0, 2);
        assertThat(e.errorCode()).isEqualTo(ErrorCode.INVALID_EPCIS_EVENT);
        assertThat(e.getMessage()).startsWith("events 3 to 4 of 8 were not recorded (the transaction's events[0] is the "
                + "document's event 3): ").contains("2 recorded and 0 duplicates in the transactions that committed, "
                + "6 events not recorded");
        assertThat(e.partial().recorded()).hasSize(2);
        assertThat(e.partial().transactionIds()).containsExactly("tx-0");
        assertThat(e.partial().done()).isEqualTo(2);
    }
}
