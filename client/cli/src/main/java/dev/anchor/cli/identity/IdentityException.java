package dev.anchor.cli.identity;

/**
 * A user or CA operation that could not be done: {@link #code()} names the kind (for example {@code CA_REFUSED},
 * {@code USER_NOT_ENROLLED}, {@code CONFIGURATION}), the message says what is wrong and what to do.
 */
public final class IdentityException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String code;

    /**
     * @param code    the kind of failure, upper case
     * @param message what is wrong, for the user
     */
    public IdentityException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** @return the kind of failure, upper case */
    public String code() {
        return code;
    }
}
