package dev.anchor.chaincode.domain.shared;

import java.time.Instant;
import java.util.Objects;

/**
 * Who submitted a write and in which transaction, from the caller's certificate and the proposal header: the
 * caller's MSP ID, the transaction id and timestamp, the certificate's subject ({@code callerSubject}, an X.509
 * distinguished name in RFC 2253 form such as {@code CN=User1,OU=client,O=anchor}) and the value of its
 * {@value Role#ATTRIBUTE} attribute ({@code callerRole}). The subject and the role are null when the certificate has
 * none; the role is the attribute's value as the certificate carries it, even one that names no {@link Role}.
 */
public record Submission(String callerMspId, String txId, Instant timestamp, String callerSubject, String callerRole) {

    public Submission {
        Objects.requireNonNull(txId, "txId");
        Objects.requireNonNull(timestamp, "timestamp");
    }
}
