package dev.anchor.client.proof;

import dev.anchor.client.AnchorException;
import dev.anchor.model.vocabulary.ErrorCode;

/** A proof bundle, or a protobuf inside it, that cannot be read; its code is {@link ErrorCode#INVALID_PROOF}. */
public final class ProofFormatException extends AnchorException {
    private static final long serialVersionUID = 1L;

    ProofFormatException(String message) {
        super(ErrorCode.INVALID_PROOF, message);
    }
}
