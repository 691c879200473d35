package dev.anchor.chaincode.domain.shared;

import dev.anchor.model.vocabulary.ErrorCode;
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

    public static Refusal invalidInput(String reason) {
        return new Refusal(ErrorCode.INVALID_INPUT, reason);
    }

    /**
     * An argument as a refusal may show it: in double quotes, control and other invisible characters as
     * {@code \\uXXXX}, and at most {@value #SHOWN_CHARACTERS} characters of it, so that a refusal stays one short
     * line whatever the caller sent.
     */
    public static String quoted(String argument) {
        StringBuilder shown = new StringBuilder("\"");
        int end = Math.min(argument.length(), SHOWN_CHARACTERS);
        for (int i = 0; i < end; i++) {
            char c = argument.charAt(i);
            if (c < 0x20 || c == 0x7f || Character.isSurrogate(c) || Character.isSpaceChar(c) && c != ' ') {
                shown.append(String.format("\\u%04x", (int) c));
            } else {
                shown.append(c);
            }
        }
        shown.append('"');
        if (argument.length() > SHOWN_CHARACTERS) {
            shown.append(" (").append(argument.length()).append(" characters, the first ").append(SHOWN_CHARACTERS)
                    .append(" shown)");
        }
        return shown.toString();
    }

    private static final int SHOWN_CHARACTERS = 64;
}
