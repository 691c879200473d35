package dev.anchor.server.access;

import java.util.Objects;

/**
 * Who made an HTTP request, as authentication established it (a client certificate of one of the network's
 * organisations, or a bearer token that {@code anchor serve} issued). Every route reads it; no route runs without
 * one.
 *
 * @param mspId   the caller's organisation (MSP ID), e.g. {@code DistributorMSP}
 * @param subject who within it: the certificate's subject, or the token's subject
 */
public record Caller(String mspId, String subject) {
    /** The Javalin request attribute under which authentication leaves the {@link Caller}. */
    public static final String ATTRIBUTE = "anchor.caller";

    public Caller {
        Objects.requireNonNull(mspId, "mspId");
        Objects.requireNonNull(subject, "subject");
    }
}
