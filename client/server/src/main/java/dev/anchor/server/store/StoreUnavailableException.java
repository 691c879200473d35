package dev.anchor.server.store;

/**
 * The query store cannot be opened or used: the database is unreachable, refuses the credentials, or fails a
 * statement. The message says which store (its URL without password) and what went wrong, for the user to read.
 */
public final class StoreUnavailableException extends RuntimeException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
