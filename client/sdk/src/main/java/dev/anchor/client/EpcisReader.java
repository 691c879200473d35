package dev.anchor.client;

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
     *
     * @param query    the parameters
     * @param pageSize index entries the page reads, 1 to 1000: the page holds at most that many events (fewer when
     *                 parameters other than the one the chaincode reads by filter some out)
     * @param bookmark null for the first page, then the bookmark of the page before (with the same query)
     * @return the page
     * @throws TransactionRefusedException {@link ErrorCode#INVALID_EPCIS_QUERY}, {@link ErrorCode#INVALID_BOOKMARK}
     */
    EpcisQueryPage queryEpcis(EpcisQuery query, int pageSize, String bookmark);

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
