package dev.anchor.server.capture;

/**
 * Why a capture job failed after it was accepted: a ledger transaction of it failed.
 *
 * @param errorCode the SDK's error code (e.g. {@code ENDORSEMENT_FAILED})
 * @param detail    what happened, in words: which events were not recorded and what was
 */
public record CaptureError(String errorCode, String detail) {
}
