package dev.anchor.server.query;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A webhook subscription to a named query ({@code POST /queries/{name}/subscriptions}) as the store keeps it: where and
 * when to deliver, and how far it has delivered. It fires either on every new matching event ({@code stream}) or on a
 * schedule (query-schedule.json), never both.
 *
 * @param id                the subscription's id (a UUID), its path segment
 * @param queryName         the named query it runs; deleting the query deletes the subscription
 * @param dest              the webhook the EPCISQueryDocuments are POSTed to
 * @param signatureToken    the client's secret that signs each delivery ({@code GS1-Signature}), if it gave one
 * @param stream            whether it fires on every new matching event
 * @param schedule          when it fires otherwise: query-schedule.json's members, as the client sent them
 * @param reportIfEmpty     whether a scheduled run with no new event still delivers an empty document
 * @param initialRecordTime the oldest record time of the events it delivers, if the client set one
 * @param createdBy         the MSP ID of the organisation that created it
 * @param createdAt         when it was created
 * @param lastNotifiedAt    when the webhook last answered a delivery with 2xx, if ever
 * @param nextBlock         its position: the first block whose events it has not delivered yet
 */
public record QuerySubscription(String id, String queryName, URI dest, Optional<String> signatureToken,
                                boolean stream, Optional<ObjectNode> schedule, boolean reportIfEmpty,
                                Optional<Instant> initialRecordTime, String createdBy, Instant createdAt,
                                Optional<Instant> lastNotifiedAt, long nextBlock) {
    public QuerySubscription {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(queryName, "queryName");
        Objects.requireNonNull(dest, "dest");
        Objects.requireNonNull(signatureToken, "signatureToken");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(initialRecordTime, "initialRecordTime");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastNotifiedAt, "lastNotifiedAt");
        if (stream == schedule.isPresent()) {
            throw new IllegalArgumentException("a subscription has either stream or a schedule");
        }
    }

    /** @return this subscription delivered up to {@code nextBlock}, its webhook last answering at {@code notifiedAt} */
    public QuerySubscription delivered(long nextBlock, Optional<Instant> notifiedAt) {
        return new QuerySubscription(id, queryName, dest, signatureToken, stream, schedule, reportIfEmpty,
                initialRecordTime, createdBy, createdAt, notifiedAt.or(() -> lastNotifiedAt), nextBlock);
    }
}
