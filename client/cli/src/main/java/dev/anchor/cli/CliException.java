package dev.anchor.cli;

/** An error of the CLI itself, printed as {@code error: CODE: message} with its own exit code. */
public final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final int exitCode;

    public CliException(String code, String message, int exitCode) {
        super(message);
        this.code = code;
        this.exitCode = exitCode;
    }

    public String code() {
        return code;
    }

    public int exitCode() {
        return exitCode;
    }
}
