package dev.anchor.chaincode.domain;

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
 * Queries of the captured EPCIS events. A query reads one index, that of its driving parameter
 * ({@link EpcisQuery#driver()}), one range per value of that parameter in order, and filters what it reads
 * with the other parameters; with no driving parameter it reads the time index. An exact value's range
 * starts at {@code GE_eventTime} and stops at {@code LT_eventTime}, so a query of one parameter reads the
 * records of exactly its answer. A page reads at most {@code pageSize} index entries (and the record of
 * each): a page can hold fewer events than that when the other parameters filter some out, and only the
 * absence of a bookmark says that the answer is complete.
 */
public final class EpcisQueries {

    public static final int MAX_PAGE_SIZE = 1000;
    private static final Pattern PAGE_SIZE = Pattern.compile("[0-9]{1,4}");
    private static final Pattern BOOKMARK = Pattern.compile("[A-Za-z0-9_-]{0,4096}");

    private final EpcisIndex index;
    private final BatchLedger batches;

    public EpcisQueries(EpcisIndex index, BatchLedger batches) {
        this.index = Objects.requireNonNull(index, "index");
        this.batches = Objects.requireNonNull(batches, "batches");
    }

    /**
     * One page of the events that satisfy the query.
     *
     * @param bookmark {@code ""} for the first page, then the bookmark of the page before
     */
    public EpcisPage query(EpcisQuery query, String pageSize, String bookmark) {
        int budget = pageSize(pageSize);
        EpcisIndexName driving = query.drivingIndex();
        List<EpcisMatcher> ranges = query.drivingMatchers();
        Cursor cursor = cursor(bookmark, driving, ranges);
        int rangeIndex = cursor.rangeIndex();
        String position = cursor.position();
        List<EpcisRecord> answer = new ArrayList<>();
        while (budget > 0 && rangeIndex < ranges.size()) {
            EpcisMatcher range = ranges.get(rangeIndex);
            boolean timeOrdered = !range.prefix();
            if (position.isEmpty() && timeOrdered && query.from().isPresent()) {
                position = index.positionAt(driving, range, query.from().get());
            }
            String stop = timeOrdered ? query.before().map(EpcisTime::keyForm).orElse(null) : null;
            EpcisEntries read = index.read(driving, range, position, budget);
            boolean ended = read.next().isEmpty() || read.entries().isEmpty();
            for (EpcisEntry entry : read.entries()) {
                if (stop != null && entry.time().compareTo(stop) >= 0) {
                    ended = true;
                    break;
                }
                budget--;
                EpcisRecord record = index.record(entry.eventId()).orElseThrow(() -> new IllegalStateException(
                        "index entry without its event " + entry.eventId()));
                if (query.isFirstEntry(record.facts(), rangeIndex, entry.value()) && query.matches(record.facts())) {
                    answer.add(record);
                }
            }
            if (ended) {
                rangeIndex++;
                position = "";
            } else {
                position = read.next();
            }
        }
        return new EpcisPage(answer, rangeIndex < ranges.size() ? new Cursor(rangeIndex, position).encode() : "");
    }

    /** The captured events linked to a batch, in time order. */
    public List<EpcisRecord> eventsOfBatch(String batchId) {
        BatchId id = new BatchId(batchId);
        batches.existingBatch(id);
        return index.eventsOfBatch(id);
    }

    private static int pageSize(String text) {
        if (text == null || !PAGE_SIZE.matcher(text).matches()
                || Integer.parseInt(text) < 1 || Integer.parseInt(text) > MAX_PAGE_SIZE) {
            throw EpcisQuery.invalid("pageSize must be a whole number from 1 to " + MAX_PAGE_SIZE);
        }
        return Integer.parseInt(text);
    }

    /**
     * Where a page starts: which range of the driving index, and where in it ({@code ""}: at its start, or at
     * {@code GE_eventTime}).
     */
    private record Cursor(int rangeIndex, String position) {

        /** base64url of {@code rangeIndex:position}. */
        String encode() {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((rangeIndex + ":" + position).getBytes(StandardCharsets.UTF_8));
        }
    }

    private Cursor cursor(String bookmark, EpcisIndexName driving, List<EpcisMatcher> ranges) {
        String text = bookmark == null ? "" : bookmark;
        if (text.isEmpty()) {
            return new Cursor(0, "");
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
        int colon = decoded.indexOf(':');
        if (colon < 1 || colon > 4 || !decoded.substring(0, colon).chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw invalidBookmark();
        }
        int rangeIndex = Integer.parseInt(decoded.substring(0, colon));
        String position = decoded.substring(colon + 1);
        if (rangeIndex >= ranges.size()
                || !position.isEmpty() && !index.holds(driving, ranges.get(rangeIndex), position)) {
            throw invalidBookmark();
        }
        return new Cursor(rangeIndex, position);
    }

    private static Refusal invalidBookmark() {
        return new Refusal(ErrorCode.INVALID_BOOKMARK, "the bookmark is not one this query gave out");
    }
}
