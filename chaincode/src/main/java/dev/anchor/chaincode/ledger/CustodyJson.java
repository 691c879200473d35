package dev.anchor.chaincode.ledger;

import dev.anchor.chaincode.domain.custody.Batch;
import dev.anchor.chaincode.domain.custody.BatchRecall;
import dev.anchor.chaincode.domain.custody.Holding;
import dev.anchor.chaincode.domain.custody.HoldingsPage;
import com.fasterxml.jackson.databind.JsonNode;
import dev.anchor.chaincode.domain.custody.PendingHandoff;
import dev.anchor.chaincode.domain.custody.ProductionEntry;
import dev.anchor.chaincode.domain.shared.Refusal;
import dev.anchor.model.custody.ProductionsRecorded;
import dev.anchor.chaincode.domain.shared.BatchId;
import dev.anchor.chaincode.domain.shared.Gtin;
import dev.anchor.chaincode.domain.shared.Quantity;
import dev.anchor.chaincode.domain.shared.Sscc;
import dev.anchor.chaincode.domain.unit.LogisticUnit;
import dev.anchor.model.holdings.HoldingsItem;
import dev.anchor.model.json.CanonicalForm;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Custody on the wire: a batch (with its pending handoff and recall) and a holdings page, as model records. */
public final class CustodyJson {

    private CustodyJson() {
    }

    /** A batch as stored and answered ({@link dev.anchor.model.custody.Batch}). */
    public static byte[] encodeBatch(Batch batch) {
        return CanonicalForm.write(wire(batch));
    }

    public static Batch decodeBatch(byte[] json) {
        return domain(CanonicalForm.read(json, dev.anchor.model.custody.Batch.class));
    }

    /** A page of holdings: each item a batch or a unit; no bookmark on the last page. */
    public static byte[] encodeHoldingsPage(HoldingsPage page) {
        List<HoldingsItem> items = new ArrayList<>();
        for (Holding holding : page.items()) {
            if (holding instanceof Batch batch) {
                items.add(HoldingsItem.of(wire(batch)));
            } else if (holding instanceof LogisticUnit unit) {
                items.add(HoldingsItem.of(UnitJson.wire(unit)));
            }
        }
        return CanonicalForm.write(new dev.anchor.model.holdings.HoldingsPage(
                page.bookmark().isEmpty() ? null : page.bookmark(), items));
    }

    /**
     * The argument of {@code RecordProductions}: a JSON array of {@link dev.anchor.model.custody.ProductionEntry}
     * objects. A member that is missing or not a string (or number) is null, refused by the domain for its entry.
     */
    public static List<ProductionEntry> decodeProductionEntries(String entries) {
        JsonNode array;
        try {
            array = entries == null ? null : CanonicalForm.tree(entries);
        } catch (IOException e) {
            array = null;
        }
        if (array == null || !array.isArray()) {
            throw Refusal.invalidInput("batches must be a JSON array of {\"batchId\":…,\"gtin\":…,\"productName\":…,"
                    + "\"quantity\":…,\"unit\":…,\"site\":…}");
        }
        List<ProductionEntry> decoded = new ArrayList<>(array.size());
        for (JsonNode element : array) {
            decoded.add(element.isObject()
                    ? new ProductionEntry(LineageJson.scalar(element.get("batchId")), LineageJson.scalar(element.get("gtin")),
                            LineageJson.scalar(element.get("productName")), LineageJson.scalar(element.get("quantity")),
                            LineageJson.scalar(element.get("unit")), LineageJson.scalar(element.get("site")))
                    : new ProductionEntry(null, null, null, null, null, null));
        }
        return decoded;
    }

    /** The answer of {@code RecordProductions} ({@link ProductionsRecorded}): the ids recorded, in entry order. */
    public static byte[] encodeProductionsRecorded(List<Batch> recorded) {
        return CanonicalForm.write(new ProductionsRecorded(recorded.stream().map(b -> b.batchId().value()).toList()));
    }

    static dev.anchor.model.custody.Batch wire(Batch batch) {
        return new dev.anchor.model.custody.Batch(batch.batchId().value(), batch.custodian(), batch.eventCount(),
                batch.gtin().value(), batch.inputsLinked() ? Boolean.TRUE : null, batch.lastEventHash(),
                batch.outputsLinked() ? Boolean.TRUE : null, batch.packed().map(Sscc::value).orElse(null),
                batch.pending().map(CustodyJson::wire).orElse(null), batch.producedAt(), batch.producer(),
                batch.productName(), batch.quantity().value(), batch.recalled().map(CustodyJson::wire).orElse(null),
                batch.remaining(), batch.site(), batch.unit());
    }

    static Batch domain(dev.anchor.model.custody.Batch wire) {
        return new Batch(new BatchId(wire.batchId()), wire.custodian(), wire.eventCount(), new Gtin(wire.gtin()),
                wire.lastEventHash(), wire.packedIn() == null ? null : new Sscc(wire.packedIn()),
                domain(wire.pendingHandoff()), wire.producedAt(), wire.producer(), wire.productName(),
                new Quantity(wire.quantity()), wire.site(), wire.unit(), wire.remaining(), domain(wire.recall()),
                Boolean.TRUE.equals(wire.outputsLinked()), Boolean.TRUE.equals(wire.inputsLinked()));
    }

    static dev.anchor.model.custody.PendingHandoff wire(PendingHandoff handoff) {
        return new dev.anchor.model.custody.PendingHandoff(handoff.from(), handoff.initiatedAt(), handoff.to(),
                handoff.txId());
    }

    /** Null for null: a batch or unit without a pending handoff. */
    static PendingHandoff domain(dev.anchor.model.custody.PendingHandoff wire) {
        return wire == null ? null : new PendingHandoff(wire.from(), wire.initiatedAt(), wire.to(), wire.txId());
    }

    static dev.anchor.model.custody.BatchRecall wire(BatchRecall recall) {
        return new dev.anchor.model.custody.BatchRecall(recall.recallOf().value(), recall.reason(), recall.recalledBy(),
                recall.recalledAt(), recall.txId(), recall.acknowledgedBy(), recall.acknowledgement().orElse(null));
    }

    private static BatchRecall domain(dev.anchor.model.custody.BatchRecall wire) {
        return wire == null ? null : new BatchRecall(new BatchId(wire.recallOf()), wire.reason(), wire.recalledBy(),
                wire.recalledAt(), wire.txId(), wire.acknowledgedBy(), wire.acknowledgedAt());
    }
}
