package dev.anchor.chaincode.domain.request;

import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.chaincode.domain.shared.Refusal;
import java.util.regex.Pattern;

/**
 * A client's id for one logical request, sent in the proposal's transient map (entry {@code requestId}): 1 to
 * {@value #MAX_LENGTH} characters of {@code [A-Za-z0-9._:-]}, e.g. a UUID. Anything else is
 * {@link ErrorCode#INVALID_INPUT}.
 */
public record RequestId(String value) {

    static final int MAX_LENGTH = 128;
    private static final Pattern FORM = Pattern.compile("[A-Za-z0-9._:-]{1," + MAX_LENGTH + "}");

    public RequestId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw Refusal.invalidInput("a request id is 1 to " + MAX_LENGTH + " characters of A-Z a-z 0-9 . _ : -, not "
                    + (value == null ? "nothing" : Refusal.quoted(value)));
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
