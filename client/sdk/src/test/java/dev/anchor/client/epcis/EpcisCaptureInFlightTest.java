package dev.anchor.client.epcis;

import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.TransactionRefusedException;
import dev.anchor.client.wire.AnchorJson;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import static dev.anchor.client.epcis.EpcisCaptureRunTest.document;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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

    /** Waits until a sender thread has parked: it has finished its transaction and found no more work to start. */
    private static void awaitIdle(Thread sender) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (sender.getState() != Thread.State.WAITING && sender.getState() != Thread.State.TIMED_WAITING) {
            assertThat(System.nanoTime()).as("sender idle within 10 s").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    @Test
    void atMostTheGivenNumberAreInFlightAndProgressFollowsTheDocument() throws Exception {
        CountDownLatch firstTwoSent = new CountDownLatch(2);
        CountDownLatch thirdSent = new CountDownLatch(1);
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        List<Integer> committed = Collections.synchronizedList(new ArrayList<>());
        Function<String, EpcisCaptureAnswer> ledger = argument -> {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            int tx = transactionOf(argument);
            if (tx == 0 || tx == 1) {
                firstTwoSent.countDown();
                await(thirdSent); // the first two commit only once the third has: all three overlap
            } else if (tx == 2) {
                await(firstTwoSent); // and the third commits only once the first two are in flight
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
        CountDownLatch firstSent = new CountDownLatch(1);
        CountDownLatch secondFailed = new CountDownLatch(1);
        AtomicReference<Thread> secondSender = new AtomicReference<>();
        List<Integer> sent = Collections.synchronizedList(new ArrayList<>());
        Function<String, EpcisCaptureAnswer> ledger = argument -> {
            int start = transactionOf(argument);
            sent.add(start);
            if (start == 0) {
                firstSent.countDown();
            }
            if (start == 2) {
                await(firstSent); // the first is in flight when the second fails
                secondSender.set(Thread.currentThread());
                secondFailed.countDown();
                throw new TransactionRefusedException(ErrorCode.INVALID_EPCIS_EVENT, "events[0].action: no", "tx-2",
                        null);
            }
            // the first ends once the second's sender has taken the failure in and gone idle (so the first's sender
            // cannot start the third before the run knows of the failure)
            await(secondFailed);
            awaitIdle(secondSender.get());
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
