package dev.anchor.benchmark;

import java.util.Optional;

/**
 * What the EPCIS server rounds do ({@code epcis-sdk}, {@code epcis-http}, {@code epcis-query}).
 *
 * @param documentEvents ObjectEvents in each captured document of the capture rounds
 * @param documents      documents captured at once (concurrent operations) in the capture rounds
 * @param queryEvents    synthetic events loaded into the query store before the query round
 * @param queries        queries measured in the query round
 * @param queryStore     the query store's JDBC URL (PostgreSQL); empty for an H2 file in a temporary folder
 */
public record EpcisServerLoad(int documentEvents, int documents, long queryEvents, long queries,
                              Optional<String> queryStore) {
    /** The documents of the target: 1,000 ObjectEvents each. */
    public static final int DEFAULT_DOCUMENT_EVENTS = 1_000;
    /** Two documents at once: the server's capture jobs run two at a time. */
    public static final int DEFAULT_DOCUMENTS = 2;
    /** The query target is over 1,000,000 stored events. */
    public static final long DEFAULT_QUERY_EVENTS = 1_000_000;
    /** Queries measured by default. */
    public static final long DEFAULT_QUERIES = 1_000;
    /** The defaults. */
    public static final EpcisServerLoad DEFAULT = new EpcisServerLoad(DEFAULT_DOCUMENT_EVENTS, DEFAULT_DOCUMENTS,
            DEFAULT_QUERY_EVENTS, DEFAULT_QUERIES, Optional.empty());

    /** Checks the ranges. */
    public EpcisServerLoad {
        if (documentEvents < 1) {
            throw new IllegalArgumentException("a captured document needs at least 1 event (--document-events)");
        }
        if (documents < 1) {
            throw new IllegalArgumentException("at least 1 document is captured at a time (--documents)");
        }
        if (queryEvents < QueryStoreLoad.EVENTS_PER_BLOCK) {
            throw new IllegalArgumentException("the query store needs at least " + QueryStoreLoad.EVENTS_PER_BLOCK
                    + " events (--query-events)");
        }
        if (queries < 1) {
            throw new IllegalArgumentException("the query round needs at least 1 query (--queries)");
        }
        queryStore = queryStore == null ? Optional.empty() : queryStore.filter(url -> !url.isBlank());
    }
}
