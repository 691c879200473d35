package dev.anchor.chaincode.domain.epcis;

import dev.anchor.chaincode.domain.custody.BatchLedger;
import dev.anchor.chaincode.domain.shared.BatchId;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.chaincode.domain.shared.Refusal;
import dev.anchor.chaincode.domain.shared.WholeNumber;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Queries of the captured EPCIS events on the ledger itself, the fallback where no read side runs (the read side
 * keeps the query indexes; the world state keeps none). A query reads the records of every captured event in event
 * id order, a page at a time, and keeps those every parameter matches ({@link EpcisQuery#matches}): a page reads
 * at most {@code pageSize} records, so its cost is bounded, and a whole answer costs a read of every event on the
 * ledger. A page can therefore hold fewer events than its size (even none) while more follow: only the absence of
 * a bookmark says that the answer is complete.
 */
public final class EpcisQueries {

    public static final int MAX_PAGE_SIZE = 1000;
    private static final Pattern BOOKMARK = Pattern.compile("[A-Za-z0-9_-]{0,4096}");
    private static final char AFTER_FINGERPRINT = ':';

    private final EpcisRecords records;
    private final BatchLedger batches;

    public EpcisQueries(EpcisRecords records, BatchLedger batches) {
        this.records = Objects.requireNonNull(records, "records");
        this.batches = Objects.requireNonNull(batches, "batches");
    }

    /**
     * One page of the events that satisfy the query, in event id order.
     *
     * @param bookmark {@code ""} for the first page, then the bookmark of the page before (of the same query)
     */
    public EpcisPage query(EpcisQuery query, String pageSize, String bookmark) {
        int limit = pageSize(pageSize);
        String fingerprint = query.fingerprint();
        EpcisScan read = records.read(position(bookmark, fingerprint), limit);
        List<EpcisRecord> answer = new ArrayList<>();
        for (EpcisRecord record : read.records()) {
            if (query.matches(record.facts())) {
                answer.add(record);
            }
        }
        return new EpcisPage(answer, read.next().isEmpty() ? "" : bookmark(fingerprint, read.next()));
    }

    /** The captured events linked to a batch, in time order. */
    public List<EpcisRecord> eventsOfBatch(String batchId) {
        BatchId id = new BatchId(batchId);
        batches.existingBatch(id);
        return records.eventsOfBatch(id);
    }

    private static int pageSize(String text) {
        return WholeNumber.within(text, 1, MAX_PAGE_SIZE).orElseThrow(() ->
                EpcisQuery.invalid("pageSize must be a whole number from 1 to " + MAX_PAGE_SIZE));
    }

    /** base64url of the query's fingerprint, {@code :}, and the position of the next page's first record. */
    private static String bookmark(String fingerprint, String position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((fingerprint + AFTER_FINGERPRINT + position).getBytes(StandardCharsets.UTF_8));
    }

    /** Where a page starts: {@code ""} for the first page, else the position a bookmark of this query gave out. */
    private String position(String bookmark, String fingerprint) {
        String text = bookmark == null ? "" : bookmark;
        if (text.isEmpty()) {
            return "";
        }
        if (!BOOKMARK.matcher(text).matches()) {
            throw invalidBookmark();
        }
        String decoded;
        try {
            decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Base64.getUrlDecoder().decode(text))).toString();
        } catch (IllegalArgumentException | CharacterCodingException e) {
            throw invalidBookmark();
        }
        String prefix = fingerprint + AFTER_FINGERPRINT;
        if (!decoded.startsWith(prefix) || !records.holds(decoded.substring(prefix.length()))) {
            throw invalidBookmark();
        }
        return decoded.substring(prefix.length());
    }

    private static Refusal invalidBookmark() {
        return new Refusal(ErrorCode.INVALID_BOOKMARK, "the bookmark is not one this query gave out");
    }
}
