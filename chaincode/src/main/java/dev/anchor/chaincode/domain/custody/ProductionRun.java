package dev.anchor.chaincode.domain.custody;

import dev.anchor.chaincode.domain.provenance.ProvenanceEvent;
import dev.anchor.chaincode.domain.shared.BatchId;
import dev.anchor.chaincode.domain.shared.Refusal;
import dev.anchor.chaincode.domain.shared.Submission;
import dev.anchor.model.vocabulary.ErrorCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A manufacturer records many newly produced batches in one transaction ({@code RecordProductions}), all or none.
 *
 * <p>Checks, in this order: the caller is the manufacturer ({@link ErrorCode#FORBIDDEN_ROLE}, for the whole
 * transaction), there are 1 to {@value #MAX_BATCHES} entries ({@link ErrorCode#INVALID_INPUT}), then every entry
 * exactly as {@code RecordProduction} checks its arguments, and that no two entries name the same batch. When any
 * entry is refused, nothing is written and the transaction is refused with {@link ErrorCode#BATCHES_REFUSED}, whose
 * sentence names every refused entry: its index in the request (from 0), its batch id and its own code and sentence,
 * e.g. {@code 2 of 500 batches refused, nothing written: [3] PEAR-3 BATCH_EXISTS: batch PEAR-3 already exists;
 * [7] PEAR-7 INVALID_INPUT: …}.
 *
 * <p>Each batch gets the same records as {@code RecordProduction} writes: its state and its {@code PRODUCED} event,
 * the first of its hash chain. Fabric keeps one chaincode event per transaction: it is named {@code PRODUCED} and
 * carries every batch's event, {@code {"events":[…]}} in entry order, as a write on a logistic unit does.
 */
public final class ProductionRun {

    /** At most this many batches per transaction: bounds its write set and its refusal (data-model.md, "Limits"). */
    public static final int MAX_BATCHES = 1_000;

    private final BatchLedger ledger;
    private final SupplyChain supplyChain;

    /** {@code supplyChain} checks each batch as {@code RecordProduction} does, over the same {@code ledger}. */
    public ProductionRun(BatchLedger ledger, SupplyChain supplyChain) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.supplyChain = Objects.requireNonNull(supplyChain, "supplyChain");
    }

    /**
     * Records every entry's batch, held by the caller, or none; answers the batches in entry order. {@code entries}
     * is read after the role check, so that a caller without the role is told so even when its entries are unreadable.
     */
    public List<Batch> record(Submission submission, Supplier<List<ProductionEntry>> entries) {
        supplyChain.requireProducer(submission.callerMspId());
        List<ProductionEntry> all = entries.get();
        if (all == null || all.isEmpty()) {
            throw Refusal.invalidInput("RecordProductions needs at least one batch");
        }
        if (all.size() > MAX_BATCHES) {
            throw Refusal.invalidInput("RecordProductions takes at most " + MAX_BATCHES + " batches per transaction, not "
                    + all.size() + "; split them into several transactions");
        }

        List<ProducedBatch> produced = new ArrayList<>(all.size());
        List<String> refused = new ArrayList<>();
        Map<String, Integer> firstEntryOf = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            ProductionEntry entry = all.get(i);
            try {
                Integer earlier = entry.batchId() == null ? null : firstEntryOf.putIfAbsent(entry.batchId(), i);
                if (earlier != null) {
                    throw new Refusal(ErrorCode.BATCH_EXISTS, "batch " + entry.batchId() + " is also entry ["
                            + earlier + "] of this request");
                }
                produced.add(supplyChain.produce(submission, entry.batchId(), entry.gtin(), entry.productName(),
                        entry.quantity(), entry.unit(), entry.site()));
            } catch (Refusal refusal) {
                refused.add("[" + i + "] " + shown(entry.batchId()) + " " + refusal.code().name() + ": "
                        + refusal.reason());
            }
        }
        if (!refused.isEmpty()) {
            throw new Refusal(ErrorCode.BATCHES_REFUSED, refused.size() + " of " + all.size()
                    + " batches refused, nothing written: " + String.join("; ", refused));
        }

        List<Batch> recorded = new ArrayList<>(produced.size());
        List<ProvenanceEvent> events = new ArrayList<>(produced.size());
        for (ProducedBatch batch : produced) {
            ledger.store(batch.batch(), batch.event());
            recorded.add(batch.batch());
            events.add(batch.event());
        }
        ledger.announceAll(events);
        return recorded;
    }

    /** A batch id as a refusal names it: as given when it has the form of one, else quoted; "-" when missing. */
    private static String shown(String batchId) {
        if (batchId == null) {
            return "-";
        }
        return BatchId.hasForm(batchId) ? batchId : Refusal.quoted(batchId);
    }
}
