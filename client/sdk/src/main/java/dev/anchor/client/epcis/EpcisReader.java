package dev.anchor.client.epcis;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.client.NetworkUnavailableException;
import dev.anchor.client.TransactionRefusedException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reading the captured GS1 EPCIS 2.0 events back as standard documents (docs/epcis.md).
 *
 * <pre>{@code
 * EpcisQuery query = EpcisQuery.all().with("MATCH_epc", "urn:epc:idpat:sgtin:0614141.107346.*");
 * Optional<String> bookmark = Optional.empty();
 * do {
 *     EpcisQueryPage page = client.queryEpcis(query, 100, bookmark.orElse(null));
 *     page.events().forEach(e -> System.out.println(e.get("eventID").asText()));
 *     bookmark = page.bookmark();
 * } while (bookmark.isPresent());
 * }</pre>
 */
public interface EpcisReader {
    /**
     * One page of the captured events that satisfy the query ({@code QueryEpcisEvents}), as an EPCISQueryDocument.
     * The ledger keeps no query index: it answers by reading its records a page at a time, in event id order
     * (docs/epcis.md, "Query").
     *
     * @param query    the parameters
     * @param pageSize records of captured events the page reads, 1 to 1000: the page holds at most that many events
     *                 (fewer, even none, when the query filters some out; only a missing bookmark ends the answer)
     * @param bookmark null for the first page, then the bookmark of the page before (with the same query)
     * @return the page
     * @throws TransactionRefusedException {@link ErrorCode#INVALID_EPCIS_QUERY}, {@link ErrorCode#INVALID_BOOKMARK}
     */
    EpcisQueryPage queryEpcis(EpcisQuery query, int pageSize, String bookmark);

    /**
     * The full provenance of a batch as an EPCIS 2.0 {@code EPCISDocument}: its own provenance events mapped to EPCIS
     * events with CBV 2.0 business steps and dispositions (the table in docs/epcis.md), each with its CBV 2.0 event
     * hash as {@code eventID}, and the captured EPCIS events linked to the batch, as captured; all in time order.
     * The document validates against the official EPCIS 2.0 JSON Schema ({@link EpcisSchema}).
     *
     * <pre>{@code
     * Files.writeString(Path.of("PEAR-001.epcis.jsonld"), auditor.exportEpcis("PEAR-001").toPrettyString());
     * }</pre>
     *
     * @param batchId the batch
     * @return the EPCISDocument
     * @throws TransactionRefusedException {@link ErrorCode#BATCH_NOT_FOUND}
     */
    ObjectNode exportEpcis(String batchId);

    /**
     * The captured EPCIS events linked to a batch (those whose EPCs or quantity elements name it, docs/epcis.md), in
     * event time order: one read ({@code GetEpcisEventsOfBatch}), one range of the batch's {@code epcis-batch} links.
     *
     * <pre>{@code
     * auditor.epcisEventsOfBatch("PEAR-001").forEach(e -> System.out.println(e.eventTime() + " " + e.type()));
     * }</pre>
     *
     * @param batchId the batch
     * @return the events, oldest first; empty when none names the batch
     * @throws TransactionRefusedException {@link ErrorCode#BATCH_NOT_FOUND}
     */
    List<CapturedEpcisEvent> epcisEventsOfBatch(String batchId);

    /**
     * The captured events one committed transaction recorded, read from its block on the peer (the query system
     * chaincode {@code qscc}), not from the world state: what a copy of them (an EPCIS server's answer, an export)
     * is checked against.
     *
     * <pre>{@code
     * boolean onLedger = auditor.epcisEventsOfTransaction(copy.transactionId()).stream()
     *         .anyMatch(e -> e.eventId().equals(copy.eventId()) && e.record().get("event").equals(copy.event()));
     * }</pre>
     *
     * @return the transaction's events as its block holds them, in the order written; empty when it recorded none
     * or was not valid
     * @throws TransactionRefusedException when the peer knows no such transaction
     * @throws NetworkUnavailableException when the peer cannot be reached
     */
    List<CommittedEpcisEvent> epcisEventsOfTransaction(String transactionId);

    /**
     * Every captured event that satisfies the query, following the bookmarks, as one EPCISQueryDocument.
     *
     * @param query the parameters
     * @return the whole answer, with no bookmark
     * @throws TransactionRefusedException {@link ErrorCode#INVALID_EPCIS_QUERY}
     */
    default EpcisQueryPage queryEpcis(EpcisQuery query) {
        List<EpcisQueryPage> pages = new ArrayList<>();
        Optional<String> bookmark = Optional.empty();
        do {
            EpcisQueryPage page = queryEpcis(query, 1000, bookmark.orElse(null));
            pages.add(page);
            bookmark = page.bookmark();
        } while (bookmark.isPresent());
        return new EpcisQueryPage(EpcisDocuments.joined(pages, Instant.now()), Optional.empty());
    }
}
