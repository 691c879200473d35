package dev.anchor.server.capture;

import dev.anchor.client.epcis.EpcisCaptureReport;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a capture job ({@code POST /capture}) has done so far: a snapshot, replaced as the job goes on.
 *
 * @param captureId  the job's id, as in {@code /capture/{captureID}}
 * @param createdAt  when the document was accepted
 * @param finishedAt when the job ended; empty while it runs
 * @param progress   the events of the document, and those recorded or found duplicate so far
 * @param errors     why the job failed; empty while it succeeds
 */
public record CaptureJob(String captureId, Instant createdAt, Optional<Instant> finishedAt,
                         EpcisCaptureReport progress, List<CaptureError> errors) {
    public CaptureJob {
        errors = List.copyOf(errors);
    }

    /** @return whether the job is still sending transactions */
    public boolean running() {
        return finishedAt.isEmpty();
    }

    /** @return false once an error occurred; duplicates are no error */
    public boolean success() {
        return errors.isEmpty();
    }

    CaptureJob advanced(EpcisCaptureReport report) {
        return new CaptureJob(captureId, createdAt, finishedAt, report, errors);
    }

    CaptureJob finished(Instant at, EpcisCaptureReport report, List<CaptureError> failures) {
        return new CaptureJob(captureId, createdAt, Optional.of(at), report, failures);
    }
}
