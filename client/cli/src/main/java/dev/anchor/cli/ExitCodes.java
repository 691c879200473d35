package dev.anchor.cli;

/** The exit codes of the {@code anchor} command. */
public final class ExitCodes {
    /** Success. */
    public static final int OK = 0;
    /** The chaincode refused the request, the commit failed, or another error occurred. */
    public static final int FAILED = 1;
    /** Usage error: unknown command or option, missing or invalid argument. */
    public static final int USAGE = 2;
    /** The network is not reachable, not set up (no descriptor), or could not be started. */
    public static final int UNAVAILABLE = 3;
    /** The provenance's hash chain does not verify. */
    public static final int CHAIN_BROKEN = 4;
    /** A provenance proof does not verify, or cannot be read. */
    public static final int PROOF_REJECTED = 5;

    private ExitCodes() {
    }
}
