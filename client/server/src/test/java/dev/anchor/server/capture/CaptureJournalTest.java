package dev.anchor.server.capture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.anchor.client.epcis.EpcisCaptureReport;
import dev.anchor.client.epcis.EpcisCapturer;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The capture jobs send their documents to the ledger as the server was told to. */
class CaptureJournalTest {
    private final EpcisCapturer capturer = mock(EpcisCapturer.class);
    private final JsonNode document = new ObjectMapper().createObjectNode().put("type", "EPCISDocument");

    @SuppressWarnings("unchecked")
    private void capturesOneEvent() {
        when(capturer.captureEpcis(any(), anyInt(), anyInt(), any())).thenAnswer(call -> {
            EpcisCaptureReport done = new EpcisCaptureReport(1, List.of("ni:///sha-256;1?ver=CBV2.0"), List.of(),
                    List.of("tx1"));
            ((Consumer<EpcisCaptureReport>) call.getArgument(3)).accept(done);
            return done;
        });
    }

    @Test
    void aJobSendsItsEventsInTheBatchesTheServerWasGiven() {
        capturesOneEvent();
        try (CaptureJournal journal = new CaptureJournal(capturer, new CaptureBatching(7, 2), Clock.systemUTC())) {
            CaptureJob job = journal.start(document).join();

            assertThat(job.captureId()).isNotBlank();
        }
        verify(capturer).captureEpcis(eq(document), eq(7), eq(2), any());
    }

    @Test
    void withoutBatchingAJobSendsAsTheSdkDoesByDefault() {
        capturesOneEvent();
        try (CaptureJournal journal = new CaptureJournal(capturer, Clock.systemUTC())) {
            journal.start(document).join();
        }
        verify(capturer).captureEpcis(eq(document), eq(EpcisCapturer.DEFAULT_EVENTS_PER_TRANSACTION),
                eq(EpcisCapturer.DEFAULT_TRANSACTIONS_IN_FLIGHT), any());
    }

    @Test
    void batchingNeedsAtLeastOneEventAndOneTransaction() {
        assertThatThrownBy(() -> new CaptureBatching(0, 4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("events per transaction and transactions in flight must be positive, not 0 and 4");
    }
}
