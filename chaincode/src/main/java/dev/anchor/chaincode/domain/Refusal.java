package dev.anchor.chaincode.domain;

import java.util.Objects;

/**
 * A transaction the supply chain refuses. It is raised before anything is written, carries one
 * {@link ErrorCode} and a human sentence such as {@code batch PEAR-9 does not exist}.
 */
public final class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final String reason;

    public Refusal(ErrorCode code, String reason) {
        super(Objects.requireNonNull(code, "code") + ": " + Objects.requireNonNull(reason, "reason"), null, false, false);
        this.code = code;
        this.reason = reason;
    }

    public ErrorCode code() {
        return code;
    }

    /** The sentence after the code, e.g. {@code batch PEAR-9 does not exist}. */
    public String reason() {
        return reason;
    }

    static Refusal invalidInput(String reason) {
        return new Refusal(ErrorCode.INVALID_INPUT, reason);
    }
}
