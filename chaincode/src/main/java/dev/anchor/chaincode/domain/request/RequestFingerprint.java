package dev.anchor.chaincode.domain.request;

import dev.anchor.chaincode.domain.shared.Sha256;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * What a request asked for, as one digest: SHA-256 over the function name and each argument, each written as its
 * length (4 bytes, big-endian) followed by its bytes. Two requests with the same fingerprint called the same
 * function with the same arguments.
 */
public final class RequestFingerprint {

    private RequestFingerprint() {
    }

    /** @param functionAndArguments the function name, then the arguments, as the proposal carries them */
    public static Sha256 of(List<byte[]> functionAndArguments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : functionAndArguments) {
            out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(part.length).array());
            out.writeBytes(part);
        }
        return Sha256.of(out.toByteArray());
    }
}
