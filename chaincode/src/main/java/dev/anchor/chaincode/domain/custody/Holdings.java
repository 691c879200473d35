package dev.anchor.chaincode.domain.custody;

import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.chaincode.domain.shared.Refusal;
import dev.anchor.chaincode.domain.shared.WholeNumber;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An organisation's inventory (what it holds) and inbox (the handoffs waiting for its accept or
 * reject), read page by page. The organisation is the caller's, from its certificate; an organisation
 * that holds nothing gets an empty page.
 */
public final class Holdings {

    public static final int MAX_PAGE_SIZE = 1000;
    /** Bookmarks are opaque to clients; they are base64url text that the index wrote. */
    private static final Pattern BOOKMARK = Pattern.compile("[A-Za-z0-9_-]{0,2048}");

    private final HoldingsIndex index;

    public Holdings(HoldingsIndex index) {
        this.index = Objects.requireNonNull(index, "index");
    }

    public HoldingsPage inventory(String callerMspId, String pageSize, String bookmark) {
        return index.heldBy(CustodyRules.describe(callerMspId), pageSize(pageSize), bookmark(bookmark));
    }

    public HoldingsPage inbox(String callerMspId, String pageSize, String bookmark) {
        return index.offeredTo(CustodyRules.describe(callerMspId), pageSize(pageSize), bookmark(bookmark));
    }

    private static int pageSize(String text) {
        return WholeNumber.within(text, 1, MAX_PAGE_SIZE).orElseThrow(() ->
                Refusal.invalidInput("pageSize must be a whole number from 1 to " + MAX_PAGE_SIZE));
    }

    private static String bookmark(String text) {
        String bookmark = text == null ? "" : text;
        if (!BOOKMARK.matcher(bookmark).matches()) {
            throw new Refusal(ErrorCode.INVALID_BOOKMARK, "the bookmark is not one this listing gave out");
        }
        return bookmark;
    }
}
