package dev.anchor.server;

import dev.anchor.server.access.AccessTokens;
import dev.anchor.server.access.NetworkMembers;
import dev.anchor.server.access.CertifiedKey;
import dev.anchor.server.capture.CaptureBatching;

import java.util.Objects;

/**
 * How {@code anchor serve} runs.
 *
 * @param mspId                the organisation the server acts as (captures are written to the ledger as it)
 * @param host                 the address to listen on
 * @param port                 the HTTPS port (0: any free port)
 * @param storeUrl             the query store's JDBC URL (an H2 file, or PostgreSQL)
 * @param certificate          the server's TLS certificate and key
 * @param members              whose client certificates are accepted
 * @param tokens               the bearer tokens it issues to its organisation's users
 * @param eventsPerTransaction events per capture transaction
 * @param transactionsInFlight capture transactions sent before the first has committed
 */
public record ServerSettings(String mspId, String host, int port, String storeUrl, CertifiedKey certificate,
                             NetworkMembers members, AccessTokens tokens, int eventsPerTransaction,
                             int transactionsInFlight) {
    public ServerSettings {
        Objects.requireNonNull(mspId, "mspId");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(storeUrl, "storeUrl");
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(members, "members");
        Objects.requireNonNull(tokens, "tokens");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port: 0 to 65535, not " + port);
        }
        new CaptureBatching(eventsPerTransaction, transactionsInFlight);
    }

    /** @return how capture jobs send their events to the ledger */
    public CaptureBatching captureBatching() {
        return new CaptureBatching(eventsPerTransaction, transactionsInFlight);
    }
}
