package dev.anchor.benchmark;

/** The benchmark cannot go on; the message says why in one sentence, for the person running it. */
public class BenchmarkException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong and, when known, what to do */
    public BenchmarkException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong and, when known, what to do
     * @param cause   the underlying failure
     */
    public BenchmarkException(String message, Throwable cause) {
        super(message, cause);
    }
}
