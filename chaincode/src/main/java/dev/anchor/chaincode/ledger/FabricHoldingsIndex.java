package dev.anchor.chaincode.ledger;

import dev.anchor.chaincode.domain.custody.Holding;
import dev.anchor.chaincode.domain.custody.HoldingsIndex;
import dev.anchor.chaincode.domain.custody.HoldingsPage;
import dev.anchor.chaincode.domain.shared.BatchId;
import dev.anchor.model.vocabulary.ErrorCode;
import dev.anchor.chaincode.domain.shared.Refusal;
import dev.anchor.chaincode.domain.shared.Sscc;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.hyperledger.fabric.shim.ledger.CompositeKey;
import org.hyperledger.fabric.shim.ledger.KeyValue;
import org.hyperledger.fabric.shim.ledger.QueryResultsIteratorWithMetadata;

/**
 * Pages of the {@code holding} and {@code inbox} indexes, with Fabric's paginated partial-composite-key
 * query: a page reads its index entries and the state each names, nothing else. Fabric's bookmark (the
 * key the next page starts at) is handed out as base64url; one that does not decode to a key of the
 * same listing is refused with {@code INVALID_BOOKMARK}, so a bookmark cannot lead outside the
 * caller's own index. Fabric allows paginated queries only in evaluated (read-only) transactions.
 */
public final class FabricHoldingsIndex implements HoldingsIndex {

    private final ChaincodeStub stub;
    private final FabricBatchLedger batches;
    private final FabricUnitLedger units;

    public FabricHoldingsIndex(ChaincodeStub stub, FabricBatchLedger batches, FabricUnitLedger units) {
        this.stub = Objects.requireNonNull(stub, "stub");
        this.batches = Objects.requireNonNull(batches, "batches");
        this.units = Objects.requireNonNull(units, "units");
    }

    @Override
    public HoldingsPage heldBy(String mspId, int pageSize, String bookmark) {
        return page(LedgerKeys.holdingsOf(mspId), pageSize, bookmark);
    }

    @Override
    public HoldingsPage offeredTo(String mspId, int pageSize, String bookmark) {
        return page(LedgerKeys.inboxOf(mspId), pageSize, bookmark);
    }

    private HoldingsPage page(CompositeKey listing, int pageSize, String bookmark) {
        String start = fabricBookmark(listing, bookmark);
        List<Holding> items = new ArrayList<>();
        String next;
        try (QueryResultsIteratorWithMetadata<KeyValue> page =
                stub.getStateByPartialCompositeKeyWithPagination(listing, pageSize, start)) {
            for (KeyValue entry : page) {
                LedgerKeys.IndexEntry target = LedgerKeys.indexEntry(entry.getKey());
                items.add(LedgerKeys.KIND_UNIT.equals(target.kind())
                        ? units.existingUnit(new Sscc(target.id()))
                        : batches.existingBatch(new BatchId(target.id())));
            }
            next = items.size() < pageSize || page.getMetadata() == null ? "" : page.getMetadata().getBookmark();
        }
        return new HoldingsPage(items, next.isEmpty() ? "" : encode(next));
    }

    private static String fabricBookmark(CompositeKey listing, String bookmark) {
        if (bookmark.isEmpty()) {
            return "";
        }
        String key;
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(bookmark);
            key = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (IllegalArgumentException | CharacterCodingException e) {
            throw invalid();
        }
        if (!key.startsWith(listing.toString()) || key.length() == listing.toString().length()) {
            throw invalid();
        }
        return key;
    }

    private static Refusal invalid() {
        return new Refusal(ErrorCode.INVALID_BOOKMARK, "the bookmark is not one this listing gave out");
    }

    private static String encode(String fabricBookmark) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(fabricBookmark.getBytes(StandardCharsets.UTF_8));
    }
}
